#include "ingest/article_parsers.h"

#include <simdjson.h>

#include <array>
#include <cctype>
#include <optional>

#include "core/ascii.h"
#include "ingest/html.h"
#include "ingest/metadata.h"
#include "text/text_layer.h"

namespace newsgraph::ingest {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Sets the document's date from a metadata value, or explains why not.
void SetMetadataDate(std::string_view value, ParsedArticle& article) {
  value = Trim(value);
  if (value.empty()) return;
  if (std::optional<Date> date = ParseLooseDate(value)) {
    article.doc.date = *date;
    article.doc.date_from = DateSource::kMetadata;
  } else {
    article.date_problem = "unreadable date \"" + std::string(value.substr(0, 40)) +
                           "\"; write it as YYYY-MM-DD, e.g. 2024-10-29 (the article is analyzed without it)";
  }
}

// One "Key: value" header line, or " date 2024-10-29" (no colon, a date
// value) as some exports write it. Returns false for ordinary text.
bool ReadHeaderLine(std::string_view line, ParsedArticle& article) {
  const std::string_view trimmed = Trim(line);
  size_t key_end = 0;
  while (key_end < trimmed.size() && std::isalpha(static_cast<unsigned char>(trimmed[key_end]))) ++key_end;
  if (key_end == 0 || key_end > 12) return false;
  const std::string key = AsciiLower(trimmed.substr(0, key_end));
  std::string_view rest = trimmed.substr(key_end);
  const bool colon = !rest.empty() && rest.front() == ':';
  if (colon) rest.remove_prefix(1);
  const std::string_view value = Trim(rest);
  const bool is_date_key = key == "date" || key == "published" || key == "dated";
  // Without a colon only a date line counts, and only when a digit follows:
  // "Date night ideas" is an article, " date 2024-10-29" is metadata.
  if (!colon && !(is_date_key && !value.empty() && std::isdigit(static_cast<unsigned char>(value.front())))) {
    return false;
  }
  if (!colon && rest.size() == value.size()) return false;  // "date2024" is no header
  if (is_date_key) {
    SetMetadataDate(value, article);
  } else if (key == "source" || key == "outlet" || key == "publisher") {
    article.doc.source = value;
  } else if (key == "title" || key == "headline") {
    article.doc.title = value;
  } else if (key == "url" || key == "link") {
    article.doc.url = value;
  } else if (key == "id") {
    article.doc.id = value;
  } else if (key != "author" && key != "byline" && key != "by") {
    return false;
  }
  return true;
}

// The line at `pos` and where the next one starts.
std::string_view LineAt(std::string_view text, size_t pos, size_t* next) {
  const size_t end = text.find('\n', pos);
  *next = end == std::string_view::npos ? text.size() : end + 1;
  return text.substr(pos, (end == std::string_view::npos ? text.size() : end) - pos);
}

bool EndsLikeASentence(std::string_view line) {
  if (line.empty()) return false;
  const char last = line.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ',') return true;
  return line.size() >= 3 && (line.substr(line.size() - 3) == "\u201D" || line.substr(line.size() - 3) == "\u2026");
}

std::string_view SkipBlankLines(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next;
    if (!Trim(LineAt(text, pos, &next)).empty()) break;
    pos = next;
  }
  return text.substr(pos);
}

std::string FirstString(const simdjson::dom::element& object, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    simdjson::dom::element value;
    if (object[key].get(value) != simdjson::SUCCESS) continue;
    std::string_view text;
    if (value.get(text) == simdjson::SUCCESS) return std::string(text);
    int64_t number;
    if (value.get(number) == simdjson::SUCCESS) return std::to_string(number);
    // {"source": {"name": "Reuters"}}, as news APIs write it.
    if (value.is_object() && value["name"].get(text) == simdjson::SUCCESS) return std::string(text);
  }
  return "";
}

std::string DescribeJsonError(simdjson::error_code error) {
  switch (error) {
    case simdjson::UTF8_ERROR:
      return "invalid UTF-8 inside the JSON; convert the file to UTF-8";
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::UNCLOSED_STRING:
    case simdjson::EMPTY:
      return "truncated or malformed JSON; check that the line holds one complete object";
    case simdjson::DEPTH_ERROR:
      return "JSON nested too deeply; an article is one flat object";
    default:
      return std::string("invalid JSON (") + simdjson::error_message(error) +
             "); check that the line holds one complete object";
  }
}

}  // namespace

ParsedArticle ParsePlainText(std::string_view utf8) {
  ParsedArticle article;
  std::string_view text = utf8;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // Header lines, then optional blank lines.
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next;
    const std::string_view line = LineAt(text, pos, &next);
    if (!ReadHeaderLine(line, article)) break;
    pos = next;
  }
  text = SkipBlankLines(text.substr(pos));
  // A first line standing alone, short and without a full stop, is the headline.
  size_t next;
  const std::string_view first = Trim(LineAt(text, 0, &next));
  const std::string_view after = text.substr(next);
  const bool blank_follows = !after.empty() && Trim(LineAt(after, 0, &next)).empty();
  if (blank_follows && !first.empty() && first.size() <= 200 && !EndsLikeASentence(first)) {
    if (article.doc.title.empty()) article.doc.title = first;
    text = SkipBlankLines(after);
  }
  article.doc.text = NormalizeText(Trim(text));
  return article;
}

ParsedArticle ParseHtml(std::string_view utf8) {
  ParsedArticle article;
  HtmlArticle page = ExtractHtmlArticle(utf8);
  article.doc.title = NormalizeText(page.title);
  article.doc.source = NormalizeText(page.site_name);
  article.doc.url = page.url;
  SetMetadataDate(page.published, article);
  article.doc.text = NormalizeText(page.text);
  if (article.doc.text.empty()) article.problem = "no article paragraphs found in the HTML page";
  return article;
}

ParsedArticle ParseJsonArticle(std::string_view json) {
  ParsedArticle article;
  // One parser per thread: it keeps its buffers between lines.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element object;
  if (const auto error = parser.parse(json.data(), json.size(), /*realloc_if_needed=*/true).get(object)) {
    article.problem = DescribeJsonError(error);
    return article;
  }
  if (!object.is_object()) {
    article.problem = "expected a JSON object {\"text\": ...} per line";
    return article;
  }
  Document& doc = article.doc;
  doc.id = FirstString(object, {"id", "uri", "guid"});
  doc.url = FirstString(object, {"url", "link"});
  doc.source = FirstString(object, {"source", "outlet", "site", "publisher"});
  doc.title = FirstString(object, {"title", "headline"});
  SetMetadataDate(FirstString(object, {"date", "published", "published_at", "publishedAt", "pubdate", "dateTime"}),
                  article);

  std::string_view text;
  simdjson::dom::element value;
  for (const char* key : {"text", "body", "content"}) {
    if (object[key].get(value) != simdjson::SUCCESS) continue;
    if (value.get(text) != simdjson::SUCCESS) {
      article.problem = std::string("field \"") + key + "\" must be a string";
      return article;
    }
    break;
  }
  if (!text.empty()) {
    doc.text = NormalizeText(Trim(text));
  } else if (object["html"].get(value) == simdjson::SUCCESS) {
    std::string_view html;
    if (value.get(html) != simdjson::SUCCESS) {
      article.problem = "field \"html\" must be a string";
      return article;
    }
    ParsedArticle page = ParseHtml(html);
    if (doc.title.empty()) doc.title = std::move(page.doc.title);
    if (doc.source.empty()) doc.source = std::move(page.doc.source);
    if (doc.url.empty()) doc.url = std::move(page.doc.url);
    if (!doc.date && page.doc.date) {
      doc.date = page.doc.date;
      doc.date_from = DateSource::kMetadata;
    }
    doc.text = std::move(page.doc.text);
  }
  if (doc.text.empty()) article.problem = "no article text: give a non-empty \"text\" or \"html\" field";
  return article;
}

}  // namespace newsgraph::ingest
