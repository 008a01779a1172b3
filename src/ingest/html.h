// The article inside a news web page: its paragraphs and its metadata,
// without navigation, scripts, adverts and "read more" boxes.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::ingest {

struct HtmlArticle {
  std::string title;      // og:title, else the first <h1>, else <title>
  std::string published;  // as written in article:published_time, datePublished, <time> ...
  std::string site_name;  // og:site_name, application-name or publisher
  std::string url;        // canonical link or og:url
  std::string text;       // paragraphs separated by blank lines
};

// Never fails: markup that gumbo cannot make sense of yields an empty text,
// which the caller reports.
HtmlArticle ExtractHtmlArticle(std::string_view html);

// True when the bytes look like an HTML document rather than text that
// happens to mention a tag.
bool LooksLikeHtml(std::string_view bytes);

}  // namespace newsgraph::ingest
