#include "report/text_report.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <map>
#include <string>

namespace newsgraph {
namespace {

// A passage as one line: wrapped text keeps its line breaks in the report's
// spans, but a summary line should not break where the article's lines did.
std::string OneLine(std::string_view passage) {
  std::string line;
  line.reserve(passage.size());
  bool space = false;
  for (char c : passage) {
    const bool blank = c == '\n' || c == ' ' || c == '\t';
    if (blank && !space && !line.empty()) line.push_back(' ');
    if (!blank) line.push_back(c);
    space = blank;
  }
  if (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

std::string FormatNumber(double v) {
  if (v == static_cast<double>(static_cast<long long>(v))) {
    // Thousands separators, as news writes figures.
    std::string digits = std::to_string(static_cast<long long>(v < 0 ? -v : v));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return v < 0 ? "-" + out : out;
  }
  return fmt::format("{:g}", v);
}

std::string FormatValue(const ClaimValue& v) {
  if (v.value) return FormatNumber(*v.value);
  if (v.low && v.high) return FormatNumber(*v.low) + "–" + FormatNumber(*v.high);
  if (v.low) return ">= " + FormatNumber(*v.low);
  if (v.high) return "<= " + FormatNumber(*v.high);
  return v.text;
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

class TextWriter {
 public:
  TextWriter(const Report& report, std::ostream& out) : report_(report), out_(out) {
    for (const Document& d : report.documents) source_of_[d.id] = d.source.empty() ? d.id : d.source;
    for (const Entity& e : report.entities) name_of_[e.id] = e.name;
  }

  void Write() {
    fmt::print(out_, "newsgraph: {} documents, {} stories, {} entities, {} input errors\n",
               report_.documents.size(), report_.stories.size(), report_.entities.size(),
               report_.errors.size());
    for (const Story& story : report_.stories) WriteStory(story);
    WriteDocuments();
    WriteErrors();
  }

 private:
  std::string Sources(const std::vector<std::string>& documents) const {
    std::vector<std::string> names;
    for (const std::string& id : documents) names.push_back(Lookup(source_of_, id));
    return Join(names, ", ");
  }

  static std::string Lookup(const std::map<std::string, std::string>& map, const std::string& key) {
    auto it = map.find(key);
    return it == map.end() ? key : it->second;
  }

  void WriteStory(const Story& story) {
    fmt::print(out_, "\n== {} {}\n", story.id, story.headline);
    fmt::print(out_, "   {} articles from {} ({} independent)", story.documents.size(),
               Join(story.sources, ", "), story.independent_sources.size());
    if (story.first_date) {
      fmt::print(out_, ", {}", story.first_date->ToString());
      if (story.last_date && *story.last_date != *story.first_date) {
        fmt::print(out_, " to {}", story.last_date->ToString());
      }
    }
    out_ << '\n';
    if (!story.summary.empty()) {
      out_ << "\n  Summary\n";
      for (const SummarySentence& s : story.summary) {
        fmt::print(out_, "   - {} [{}]\n", OneLine(s.text), Lookup(source_of_, s.document));
      }
    }
    if (!story.claims.empty()) {
      out_ << "\n  Figures\n";
      for (const Claim& claim : story.claims) {
        fmt::print(out_, "   {} ({}): {}\n", claim.counted, ToString(claim.status), OneLine(claim.explanation));
        for (const ClaimValue& v : claim.values) {
          std::string who = v.attributed_to.empty() ? "" : " per " + Lookup(name_of_, v.attributed_to);
          std::string when = v.as_of.empty() ? "" : " as of " + v.as_of;
          fmt::print(out_, "     {:>12} {:<12} {}{}{}\n", FormatValue(v), ToString(v.qualifier),
                     Sources(v.documents), who, when);
        }
      }
    }
    if (!story.shared_quotes.empty()) {
      out_ << "\n  Quotes reported by several outlets\n";
      for (const SharedQuote& q : story.shared_quotes) {
        fmt::print(out_, "   {}:\n", q.speaker_name.empty() ? "(unknown speaker)" : q.speaker_name);
        for (const SharedQuoteVersion& v : q.versions) {
          fmt::print(out_, "     \"{}\" [{}]\n", OneLine(v.text), v.source);
        }
      }
    }
    if (!story.timeline.empty()) {
      out_ << "\n  Timeline\n";
      for (const TimelineEvent& e : story.timeline) {
        fmt::print(out_, "   {:<10} {} [{}]\n", e.date, OneLine(e.text), Sources(e.documents));
      }
    }
  }

  void WriteDocuments() {
    out_ << "\n== Documents\n";
    for (const Document& d : report_.documents) {
      fmt::print(out_, "   {} | {} | {} ({}) | {} mentions, {} quotes, {} figures, {} times\n", d.id,
                 d.source.empty() ? "?" : d.source, d.date ? d.date->ToString() : "no date",
                 d.date_from == DateSource::kNone ? "none" : ToString(d.date_from), d.mentions.size(),
                 d.quotes.size(), d.quantities.size(), d.times.size());
      for (const std::string& error : d.errors) fmt::print(out_, "     warning: {}\n", error);
    }
  }

  void WriteErrors() {
    if (report_.errors.empty()) return;
    out_ << "\n== Inputs that could not be read\n";
    for (const InputError& e : report_.errors) fmt::print(out_, "   {}\n", e.message);
  }

  const Report& report_;
  std::ostream& out_;
  std::map<std::string, std::string> source_of_;
  std::map<std::string, std::string> name_of_;
};

}  // namespace

void WriteTextReport(const Report& report, std::ostream& out) { TextWriter(report, out).Write(); }

}  // namespace newsgraph
