#include "report/html_report.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace newsgraph {
namespace {

struct Escaped {
  std::string_view text;
};

std::ostream& operator<<(std::ostream& out, Escaped e) {
  for (char c : e.text) {
    switch (c) {
      case '&': out << "&amp;"; break;
      case '<': out << "&lt;"; break;
      case '>': out << "&gt;"; break;
      case '"': out << "&quot;"; break;
      case '\'': out << "&#39;"; break;
      default: out << c;
    }
  }
  return out;
}

constexpr std::string_view kStyle = R"(
body{font-family:Georgia,serif;max-width:72em;margin:2em auto;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif}
.story{border-top:2px solid #444;margin-top:2em}
.sources{display:flex;gap:1em;flex-wrap:wrap}
.source{flex:1;min-width:14em;border:1px solid #ccc;padding:.5em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;text-align:left}
.single{background:#f4f4f4}.corroborated{background:#dff5df}.conflicting{background:#f9d6d6}.updated{background:#fff1c9}
.cite{color:#777;font-size:.85em}
)";

}  // namespace

void WriteHtmlReport(const Report& report, std::ostream& out) {
  std::unordered_map<std::string_view, const Document*> by_id;
  for (const auto& d : report.documents) by_id.emplace(d.id, &d);
  std::unordered_map<std::string_view, const Entity*> entity_by_id;
  for (const auto& e : report.entities) entity_by_id.emplace(e.id, &e);

  out << "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>newsgraph report</title><style>" << kStyle
      << "</style></head><body><h1>newsgraph report</h1>\n";
  for (const Story& s : report.stories) {
    out << "<section class=\"story\" id=\"" << Escaped{s.id} << "\"><h2>" << Escaped{s.id} << ": " << Escaped{s.headline}
        << "</h2>\n";
    if (s.first_date) out << "<p class=\"cite\">" << s.first_date->ToString() << (s.last_date ? " – " + s.last_date->ToString() : "") << "</p>\n";
    if (!s.summary.empty()) {
      out << "<h3>Summary</h3><ul>";
      for (const auto& line : s.summary)
        out << "<li>" << Escaped{line.text} << " <span class=\"cite\">[" << Escaped{line.document} << "]</span></li>";
      out << "</ul>\n";
    }
    out << "<h3>Sources</h3><div class=\"sources\">";
    for (const auto& id : s.documents) {
      auto it = by_id.find(id);
      if (it == by_id.end()) continue;
      const Document& d = *it->second;
      const bool independent =
          std::find(s.independent_sources.begin(), s.independent_sources.end(), d.source) != s.independent_sources.end();
      out << "<div class=\"source\"><b>" << Escaped{d.source} << "</b>" << (independent ? "" : " <i>(reprint)</i>")
          << "<br>" << Escaped{d.title} << "<br><span class=\"cite\">" << Escaped{d.id}
          << (d.date ? " · " + d.date->ToString() : "") << "</span></div>";
    }
    out << "</div>\n";
    if (!s.claims.empty()) {
      out << "<h3>Claims</h3><table><tr><th>Counted</th><th>Values</th><th>Status</th><th>Why</th></tr>";
      for (const auto& c : s.claims) {
        out << "<tr class=\"" << ToString(c.status) << "\"><td>" << Escaped{c.counted} << "</td><td>";
        for (const auto& v : c.values) {
          out << Escaped{v.text} << " <span class=\"cite\">" << ToString(v.qualifier)
              << (v.as_of.empty() ? "" : ", as of " + v.as_of) << " (";
          for (size_t i = 0; i < v.documents.size(); ++i) out << (i ? ", " : "") << Escaped{v.documents[i]};
          out << ")</span><br>";
        }
        out << "</td><td>" << ToString(c.status) << "</td><td>" << Escaped{c.explanation} << "</td></tr>";
      }
      out << "</table>\n";
    }
    if (!s.timeline.empty()) {
      out << "<h3>Timeline</h3><ul>";
      for (const auto& e : s.timeline)
      {
        out << "<li><b>" << Escaped{e.date} << "</b> " << Escaped{e.text} << " <span class=\"cite\">[";
        for (size_t i = 0; i < e.documents.size(); ++i) out << (i ? ", " : "") << Escaped{e.documents[i]};
        out << "]</span></li>";
      }
      out << "</ul>\n";
    }
    if (!s.shared_quotes.empty()) {
      out << "<h3>Quotes</h3>";
      for (const auto& q : s.shared_quotes) {
        out << "<p><b>" << Escaped{q.speaker_name} << "</b></p><ul>";
        for (const auto& v : q.versions)
          out << "<li>“" << Escaped{v.text} << "” <span class=\"cite\">" << Escaped{v.source} << "</span></li>";
        out << "</ul>";
      }
    }
    if (!s.shared_passages.empty()) {
      out << "<h3>Shared passages</h3><ul>";
      for (const auto& p : s.shared_passages) {
        auto a = by_id.find(p.document_a);
        out << "<li><span class=\"cite\">" << Escaped{p.document_a} << " " << p.span_a.begin << "–" << p.span_a.end
            << " = " << Escaped{p.document_b} << " " << p.span_b.begin << "–" << p.span_b.end << "</span>";
        if (a != by_id.end()) out << "<br>“" << Escaped{a->second->Slice(p.span_a)} << "”";
        out << "</li>";
      }
      out << "</ul>\n";
    }
    if (!s.entities.empty()) {
      out << "<p class=\"cite\">Entities: ";
      for (size_t i = 0; i < s.entities.size(); ++i) {
        auto it = entity_by_id.find(s.entities[i]);
        out << (i ? ", " : "") << Escaped{it != entity_by_id.end() ? std::string_view(it->second->name) : s.entities[i]};
      }
      out << "</p>\n";
    }
    out << "</section>\n";
  }
  out << "<h2>Entities</h2><table><tr><th>Id</th><th>Name</th><th>Type</th><th>Titles</th><th>Documents</th></tr>";
  for (const auto& e : report.entities) {
    out << "<tr><td>" << Escaped{e.id} << "</td><td>" << Escaped{e.name} << "</td><td>" << ToString(e.type) << "</td><td>";
    for (size_t i = 0; i < e.titles.size(); ++i) out << (i ? "; " : "") << Escaped{e.titles[i]};
    out << "</td><td>" << e.documents.size() << "</td></tr>";
  }
  out << "</table></body></html>\n";
}

}  // namespace newsgraph
