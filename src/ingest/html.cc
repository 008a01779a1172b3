#include "ingest/html.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

#include "core/ascii.h"

namespace newsgraph::ingest {
namespace {

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  return attribute == nullptr ? std::string_view() : std::string_view(attribute->value);
}

// Subtrees that never hold article text.
bool IsBoilerplateTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Adverts, share bars, "related" boxes and the like, named by class or id:
// "ad-banner", "social_share", "newsletter-signup". Whole words only, so
// "header" or "shadow" do not match "ad".
bool IsBoilerplateName(std::string_view names) {
  static constexpr std::array<std::string_view, 22> kMarkers = {
      "ad",       "ads",     "advert",   "advertisement", "banner",    "promo",     "sponsored", "related",
      "newsletter", "share", "social",   "comments",      "comment",   "cookie",    "subscribe", "subscription",
      "paywall",  "sidebar", "breadcrumb", "byline",      "outbrain",  "taboola"};
  const std::string lower = AsciiLower(names);
  size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && !std::isalnum(static_cast<unsigned char>(lower[i]))) ++i;
    const size_t start = i;
    while (i < lower.size() && std::isalnum(static_cast<unsigned char>(lower[i]))) ++i;
    const std::string_view word = std::string_view(lower).substr(start, i - start);
    for (std::string_view marker : kMarkers) {
      if (word == marker) return true;
    }
  }
  return false;
}

bool IsSkipped(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& e = node->v.element;
  if (IsBoilerplateTag(e.tag)) return true;
  if (Attribute(e, "aria-hidden") == "true" || gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  return IsBoilerplateName(Attribute(e, "class")) || IsBoilerplateName(Attribute(e, "id"));
}

// Appends text with runs of whitespace collapsed to one space.
void AppendCollapsed(std::string& out, std::string_view text) {
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// The visible text under `root`, skipping boilerplate; iterative, because
// hostile pages nest elements deeper than any call stack.
std::string TextOf(const GumboNode* root) {
  std::string out;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      AppendCollapsed(out, node->v.text.text);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT || (node != root && IsSkipped(node))) continue;
    if (node->v.element.tag == GUMBO_TAG_BR) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out.push_back('\n');
      continue;
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return std::string(TrimSpaces(out));
}

// Elements in document order, boilerplate subtrees included only when
// `include_boilerplate` (metadata lives in <head>, which is not boilerplate).
template <typename Visit>
void ForEachElement(const GumboNode* root, bool skip_boilerplate, Visit visit) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (skip_boilerplate && node != root && IsSkipped(node)) continue;
    if (!visit(node)) continue;  // false: do not descend
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
}

bool IsPublishedName(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kNames = {
      "article:published_time", "og:published_time", "published_time", "datepublished", "date", "pubdate",
      "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
      "parsely-pub-date", "article.published"};
  for (std::string_view n : kNames) {
    if (name == n) return true;
  }
  return false;
}

void ReadMeta(const GumboElement& e, HtmlArticle& article, std::string& og_title) {
  std::string name = AsciiLower(Attribute(e, "property"));
  if (name.empty()) name = AsciiLower(Attribute(e, "name"));
  if (name.empty()) name = AsciiLower(Attribute(e, "itemprop"));
  const std::string_view content = Attribute(e, "content");
  if (name.empty() || content.empty()) return;
  if ((name == "og:title" || name == "twitter:title") && og_title.empty()) og_title = content;
  if (IsPublishedName(name) && article.published.empty()) article.published = content;
  if ((name == "og:site_name" || name == "application-name" || name == "publisher") && article.site_name.empty()) {
    article.site_name = content;
  }
  if (name == "og:url" && article.url.empty()) article.url = content;
}

// "datePublished": "2024-10-29T07:30:00Z" inside JSON-LD, found without a
// full parse: the value is all we need and malformed JSON-LD is common.
std::string DatePublishedInJsonLd(std::string_view script) {
  const size_t key = script.find("\"datePublished\"");
  if (key == std::string_view::npos) return "";
  const size_t open = script.find('"', script.find(':', key));
  if (open == std::string_view::npos) return "";
  const size_t close = script.find('"', open + 1);
  if (close == std::string_view::npos) return "";
  return std::string(script.substr(open + 1, close - open - 1));
}

// gumbo checks the stack of open elements on every tag, so its time grows
// with the square of the nesting depth: a hostile page of 200,000 unclosed
// <div>s takes minutes. No real page nests deeper than a few hundred, so
// start tags past kMaxNesting are dropped (their text stays). <p> is always
// kept and not counted: paragraphs are what the extractor reads, and a new <p>
// closes the open one, so it never deepens the tree. The depth is estimated
// from start and end tags alone; other elements that close implicitly (<li>)
// make it overshoot, which is harmless with the cap far above real pages.
constexpr int kMaxNesting = 1000;

bool IsVoidTag(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kVoid = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"};
  for (std::string_view v : kVoid) {
    if (name == v) return true;
  }
  return false;
}

// `html` with start tags beyond kMaxNesting removed, or nullopt when it never
// nests that deep (the common case: no copy).
std::optional<std::string> CapNesting(std::string_view html) {
  int depth = 0;
  std::optional<std::string> capped;
  size_t copied = 0;  // bytes of `html` already appended to *capped
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const size_t open = i++;
    if (html.substr(open, 4) == "<!--") {
      const size_t close = html.find("-->", open + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    const bool end_tag = i < html.size() && html[i] == '/';
    if (end_tag) ++i;
    const size_t name_start = i;
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i]))) ++i;
    if (i == name_start) continue;  // "<" in text, "<!doctype", "<?xml"
    const std::string name = AsciiLower(html.substr(name_start, i - name_start));
    const size_t close = html.find('>', i);
    if (close == std::string_view::npos) break;
    const bool counted = name != "p";
    if (end_tag && counted) {
      depth = std::max(depth - 1, 0);
    } else if (!end_tag && counted && !IsVoidTag(name) && html[close - 1] != '/') {
      if (depth < kMaxNesting) {
        ++depth;
      } else {
        if (!capped) capped.emplace().reserve(html.size());
        capped->append(html.substr(copied, open - copied));
        copied = close + 1;
      }
    }
    i = close + 1;
  }
  if (capped) capped->append(html.substr(copied));
  return capped;
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  if (i >= bytes.size() || bytes[i] != '<') return false;
  const std::string head = AsciiLower(bytes.substr(i, 4096));
  for (std::string_view marker : {"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div"}) {
    if (head.find(marker) != std::string::npos) return true;
  }
  return false;
}

HtmlArticle ExtractHtmlArticle(std::string_view html) {
  HtmlArticle article;
  const std::optional<std::string> capped = CapNesting(html);
  if (capped) html = *capped;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string og_title, h1, title_tag, time_datetime, json_ld_date;
  const GumboNode* article_root = nullptr;
  const GumboNode* main_root = nullptr;
  const GumboNode* body = nullptr;
  ForEachElement(output->root, /*skip_boilerplate=*/false, [&](const GumboNode* node) {
    const GumboElement& e = node->v.element;
    switch (e.tag) {
      case GUMBO_TAG_META:
        ReadMeta(e, article, og_title);
        break;
      case GUMBO_TAG_LINK:
        if (AsciiLower(Attribute(e, "rel")) == "canonical" && !Attribute(e, "href").empty()) {
          article.url = Attribute(e, "href");
        }
        break;
      case GUMBO_TAG_TITLE:
        if (title_tag.empty()) title_tag = TextOf(node);
        return false;
      case GUMBO_TAG_SCRIPT:
        if (AsciiLower(Attribute(e, "type")) == "application/ld+json" && json_ld_date.empty() && e.children.length > 0) {
          const auto* text = static_cast<const GumboNode*>(e.children.data[0]);
          if (text->type == GUMBO_NODE_TEXT) json_ld_date = DatePublishedInJsonLd(text->v.text.text);
        }
        return false;
      case GUMBO_TAG_H1:
        if (h1.empty()) h1 = TextOf(node);
        break;
      case GUMBO_TAG_TIME:
        if (time_datetime.empty()) time_datetime = Attribute(e, "datetime");
        break;
      case GUMBO_TAG_ARTICLE:
        if (article_root == nullptr) article_root = node;
        break;
      case GUMBO_TAG_MAIN:
        if (main_root == nullptr) main_root = node;
        break;
      case GUMBO_TAG_BODY:
        body = node;
        break;
      default:
        if (article_root == nullptr && Attribute(e, "itemprop") == "articleBody") article_root = node;
        break;
    }
    return true;
  });
  if (article.published.empty()) article.published = !json_ld_date.empty() ? json_ld_date : time_datetime;
  article.title = !og_title.empty() ? og_title : !h1.empty() ? h1 : title_tag;

  const GumboNode* root = article_root != nullptr ? article_root : main_root != nullptr ? main_root : body;
  if (root != nullptr) {
    std::vector<std::string> paragraphs;
    ForEachElement(root, /*skip_boilerplate=*/true, [&](const GumboNode* node) {
      const GumboTag tag = node->v.element.tag;
      if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_BLOCKQUOTE) return true;
      std::string text = TextOf(node);
      if (!text.empty()) paragraphs.push_back(std::move(text));
      return false;
    });
    if (paragraphs.empty()) paragraphs.push_back(TextOf(root));  // pages without <p>: the visible text
    for (const std::string& p : paragraphs) {
      if (p.empty()) continue;
      if (!article.text.empty()) article.text += "\n\n";
      article.text += p;
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return article;
}

}  // namespace newsgraph::ingest
