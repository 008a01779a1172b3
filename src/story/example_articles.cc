// The examples/ articles' text (headers and markup removed); see example_articles.h.
#include "story/example_articles.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "pipeline/pipeline.h"

namespace newsgraph::testing {
namespace {

struct Source {
  const char* id;
  const char* outlet;
  const char* title;
  Date date;
  const char* text;
};

constexpr Source kArticles[] = {
    {"global-wire-valencia-fire", "Global Wire", "Wildfire near Valencia forces 10,000 from their homes", Date{2024, 10, 29},
     R"(VALENCIA, Spain (Global Wire) — About 10,000 people have been evacuated from towns west of Valencia as a wildfire fanned by strong winds spread through dry hills, regional officials said on Monday.

Civil Protection spokesman Jordi Vidal told reporters on Monday that "about 10,000 residents" had left their homes in Chiva, Buñol and nearby villages, up from the estimate of 3,000 given last week. He said more than 1,500 firefighters were battling the blaze, backed by 40 aircraft.

Regional President Elena Ferrer visited a shelter in Cheste on Monday night. "This is dangerous. Very dangerous," she said. "The wind is not helping us and the next several weeks will be hard."

Ferrer said the fire had burned 8,000 hectares since it started on Oct. 21, 2024. Vidal said some of the evacuees could return home later this week if the wind eased.

The European Union has offered to send two water-bombing planes from Portugal, according to a statement from the European Commission.

Information from Global Wire was used in this report.)"},
    {"harbor-times-valencia-fire", "Harbor Times", "Valencia fire: thousands flee as flames reach the hills above Chiva", Date{2024, 10, 29},
     R"(Thousands of people fled their homes west of Valencia on Monday as a fast-moving wildfire jumped a highway and reached the hills above Chiva.

As many as 12,000 people may have been displaced, according to the Spanish Red Cross, which opened three shelters in the region. Officials put the number at about 10,000.

"It's very dangerous, very dangerous," Regional President Elena Ferrer told the Harbor Times outside a shelter in Cheste. Ms. Ferrer called the blaze "the worst in a generation" and asked residents to follow the instructions of Civil Protection.

Jordi Vidal, a spokesman for the Civil Protection agency, said the fire had burned 9,500 hectares. He added that about 1,500 firefighters were on the ground.

Interior Minister Tomás Herrera said Madrid would send 300 soldiers from the army's emergency unit on Wednesday. Herrera said the government would declare a disaster zone next week.

The fire started on Oct. 21, 2024, near the village of Chiva. Spanish officials suspect it was caused by a downed power line.)"},
    {"daily-ledger-valencia-fire", "The Daily Ledger", "Spain wildfire: 10,000 evacuated near Valencia", Date{2024, 10, 29},
     R"(MADRID — About 10,000 people were evacuated on Monday as a wildfire burned through the hills west of Valencia, Spain's Civil Protection agency said.

Civil Protection spokesman Jordi Vidal said the number of evacuees had risen from 3,000 a week earlier. "We are asking everyone to stay away from the area," Vidal said.

Regional President Elena Ferrer described the situation as "dangerous. Very dangerous." She said the fire had burned about 8,000 hectares.

Interior Minister Tomás Herrera said 300 soldiers would arrive on Wednesday, and the European Union said it was ready to help.

The three-year drought in the region has left forests unusually dry, according to the Spanish Meteorological Agency.)"},
    {"coastal-courier-valencia-fire", "Coastal Courier", "Wildfire near Valencia forces thousands from their homes", Date{2024, 10, 29},
     R"(VALENCIA, Spain (Global Wire) — About 10,000 people have been evacuated from towns west of Valencia as a wildfire fanned by strong winds spread through dry hills, regional officials said on Monday.

Civil Protection spokesman Jordi Vidal told reporters on Monday that "about 10,000 residents" had left their homes in Chiva, Buñol and nearby villages, up from the estimate of 3,000 given last week. He said more than 1,500 firefighters were battling the blaze, backed by 40 aircraft.

Regional President Elena Ferrer visited a shelter in Cheste on Monday night. "This is dangerous. Very dangerous," she said.

Information from Global Wire was used in this report.)"},
    {"harbor-times-northwind-strike", "Harbor Times", "Northwind Airlines cancels 300 flights as pilots strike", Date{2024, 10, 30},
     R"(Northwind Airlines cancelled 300 flights on Tuesday as pilots began a 48-hour strike over pay, stranding about 45,000 passengers.

The Northwind Pilots Association said its members were seeking a 15% raise. "We have been patient for three years," union president Karen Osei told reporters.

Northwind chief executive Martin Lindqvist said the strike would cost the airline $20 million a day. He said talks would resume on Thursday.)"},
    {"daily-ledger-northwind-strike", "The Daily Ledger", "Northwind pilots walk out, grounding hundreds of flights", Date{2024, 10, 30},
     R"(Pilots at Northwind Airlines walked out on Tuesday, forcing the carrier to cancel about 300 flights and leaving tens of thousands of travellers stranded.

Karen Osei, president of the Northwind Pilots Association, said pilots wanted a 15 percent pay rise after three years without one. "We have been patient for three years," Osei said.

Chief executive Martin Lindqvist said the walkout was costing the company as much as $25 million a day and that talks would resume on Thursday.)"},
};

const Pipeline& SharedPipeline() {
  static const Pipeline pipeline = [] {
    auto created = Pipeline::Create({});
    if (!created.ok()) {  // models/ is part of the source tree: nothing to test without it
      std::fprintf(stderr, "example_articles: %s\n", created.status().message().c_str());
      std::abort();
    }
    return std::move(created).value();
  }();
  return pipeline;
}

}  // namespace

Document AnnotatedArticle(std::string id, std::string source, Date date, std::string text) {
  Document d;
  d.id = std::move(id);
  d.source = std::move(source);
  d.date = date;
  d.date_from = DateSource::kMetadata;
  d.text = std::move(text);
  SharedPipeline().Annotate(d);
  return d;
}

std::vector<Document> ExampleArticles() {
  std::vector<Document> documents;
  for (const Source& s : kArticles) {
    Document d = AnnotatedArticle(s.id, s.outlet, s.date, s.text);
    d.title = s.title;
    documents.push_back(std::move(d));
  }
  return documents;
}

}  // namespace newsgraph::testing
