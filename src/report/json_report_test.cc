#include "report/json_report.h"

#include <gtest/gtest.h>

#include <sstream>

namespace newsgraph {
namespace {

Document DocumentWithId(std::string id) {
  Document doc;
  doc.id = std::move(id);
  return doc;
}

// A report with every kind of item and the strings and numbers that are
// hard to print: escapes, control bytes, non-ASCII text, invalid UTF-8,
// fractions and large figures, empty lists and absent values.
Report TrickyReport() {
  Report report;
  Document doc;
  doc.id = "wire-1";
  doc.path = "feeds/wire.jsonl";
  doc.source = "Global Wire";
  doc.date = Date{2024, 10, 29};
  doc.date_from = DateSource::kMetadata;
  doc.text = "Vidal said \"about 10,000\" left Buñol.\n\tTab\x01 and a backslash \\ here.";
  doc.sentences = {Sentence{Span{0, 38}}, Sentence{Span{39, static_cast<uint32_t>(doc.text.size())}}};
  DocEntity vidal;
  vidal.name = "Jordi Vidal";
  vidal.global_id = "E1";
  doc.entities = {vidal};
  doc.mentions = {Mention{Span{0, 5}, EntityType::kPerson, 0}};
  Quote quote;
  quote.span = Span{12, 24};
  quote.speaker_entity = 0;
  quote.speaker = Span{0, 5};
  quote.cue = Span{6, 10};
  quote.kind = QuoteKind::kPartial;
  Quote unattributed;
  unattributed.span = Span{30, 37};
  doc.quotes = {quote, unattributed};
  Quantity figure;
  figure.span = Span{18, 24};
  figure.value = 10000;
  figure.unit = "people";
  figure.qualifier = Qualifier::kApproximate;
  figure.counted_span = Span{18, 24};
  Quantity range;
  range.span = Span{0, 3};
  range.low = 0.1;
  range.high = 3.5e9;
  range.previous = 0;
  range.as_of_time = 0;
  doc.quantities = {figure, range};
  doc.times = {TimeExpression{Span{0, 6}, "2024-10-28", TimeType::kDate, ""},
               TimeExpression{Span{7, 9}, "PAST_REF", TimeType::kDate, "vague"}};
  doc.errors = {"bad \xff byte"};
  report.documents.push_back(doc);
  report.documents.push_back(DocumentWithId("empty"));

  Entity entity;
  entity.id = "E1";
  entity.name = "Jordi Vidal";
  entity.titles = {"spokesman"};
  entity.latitude = 39.4699;
  entity.longitude = -0.3763;
  Entity unnamed;
  unnamed.id = "E2";
  report.entities = {entity, unnamed};

  Story story;
  story.id = "S1";
  story.headline = "Wildfire \"near\" Valencia";
  story.documents = {"wire-1"};
  story.first_date = Date{2024, 10, 28};
  ClaimValue value;
  value.value = 10000;
  value.sources = {SourceRef{"wire-1", Span{18, 24}}};
  Claim claim;
  claim.id = "S1-C1";
  claim.counted = "people";
  claim.values = {value};
  story.claims = {claim};
  story.timeline = {TimelineEvent{"2024-10-28", "wire-1", Span{0, 38}, "Vidal said", "Monday", {"wire-1"}}};
  story.shared_quotes = {SharedQuote{"E1", "Jordi Vidal", {SharedQuoteVersion{"wire-1", "Global Wire", Span{12, 24}, "x"}}}};
  story.shared_passages = {SharedPassage{"wire-1", "wire-2", Span{0, 10}, Span{5, 15}}};
  story.summary = {SummarySentence{"Vidal said", "wire-1", Span{0, 38}}};
  report.stories = {story};
  report.errors = {InputError{"feeds/bad.jsonl", 7, "line 7 is not JSON"}, InputError{"-", 0, "empty input"}};
  return report;
}

TEST(JsonReport, PrintsExactlyWhatTheTreeDumps) {
  const Report report = TrickyReport();
  std::ostringstream written;
  WriteJsonReport(report, written, 2);
  EXPECT_EQ(written.str(), ToJson(report).dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

// The writer copies plain ASCII eight bytes at a time: every character that
// needs a look (escapes, control bytes, DEL, multi-byte and invalid UTF-8)
// must be caught at every position of a chunk and in the tail after it.
TEST(JsonReport, EscapesEveryAwkwardCharacterAtEveryPosition) {
  const std::string awkward[] = {"\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", " ", "~", "ñ", "€", "\xff", "\xe2\x82"};
  Report report;
  for (const std::string& odd : awkward)
    for (size_t length = 1; length <= 19; ++length)
      for (size_t at = 0; at < length; ++at) {
        Entity entity;
        entity.id = "E" + std::to_string(report.entities.size() + 1);
        entity.name = std::string(at, 'a') + odd + std::string(length - at - 1, 'b');
        report.entities.push_back(entity);
      }
  std::ostringstream written;
  WriteJsonReport(report, written, 2);
  EXPECT_EQ(written.str(), ToJson(report).dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

TEST(JsonReport, EachJsonLineIsTheItemsCompactTree) {
  const Report report = TrickyReport();
  std::ostringstream written;
  WriteJsonLinesReport(report, written);
  std::string expected;
  auto line = [&](const char* key, const Json& item) {
    expected += Json{{key, item}}.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
  };
  for (const Document& d : report.documents) line("document", ToJson(d));
  for (const Entity& e : report.entities) line("entity", ToJson(e));
  for (const Story& s : report.stories) line("story", ToJson(s));
  for (const InputError& e : report.errors) line("error", ToJson(e));
  EXPECT_EQ(written.str(), expected);
}

TEST(JsonReport, AbsentValuesAreNullAndEveryFieldIsThere) {
  const Json doc = ToJson(DocumentWithId("empty"));
  EXPECT_TRUE(doc["path"].is_null());
  EXPECT_TRUE(doc["date"].is_null());
  EXPECT_TRUE(doc["mentions"].is_array());
  const Json quote = ToJson(TrickyReport().documents[0])["quotes"][1];
  for (const char* key : {"speaker", "speaker_text", "speaker_start", "speaker_end", "speaker_name", "cue"})
    EXPECT_TRUE(quote[key].is_null()) << key;
  EXPECT_EQ(ToJson(TrickyReport().documents[0])["quantities"][1]["previous"], 0);
}

}  // namespace
}  // namespace newsgraph
