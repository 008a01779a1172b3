// Article metadata found in loose text: dates as newsrooms write them,
// datelines, outlets named in URLs and credit lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/document.h"

namespace newsgraph::ingest {

// A calendar date written the way articles and feeds write one:
// "2024-10-29", "2024-10-29T08:00:00Z", "October 29, 2024", "Oct. 29, 2024",
// "29 October 2024", "Tuesday, October 29, 2024", "Tue, 29 Oct 2024 08:00:00 GMT",
// "2024/10/29". Surrounding whitespace is ignored; anything else after the
// date (a time, a zone) is ignored too. Nullopt when no valid date leads.
std::optional<Date> ParseLooseDate(std::string_view text);

struct FoundDate {
  Date date;
  Span span;  // where in the text it was written
};

// A dateline opening the article with a full date: "VALENCIA, Spain, Oct. 29,
// 2024 (Global Wire) — ...". Only the first 200 bytes are considered.
std::optional<FoundDate> FindDatelineDate(std::string_view text);

// A full date in the text that says when the news happened, a weaker hint of
// when the article was written: the first one given with its weekday ("said
// Monday (October 28, 2024)"), or in the first paragraph unless the text
// writes a later year (then it is history: "a meeting on 15 December, 1953"
// in a report on an appeal filed in 1999). Deadlines and history further
// down say nothing of when the article was written.
std::optional<FoundDate> FindDateInText(std::string_view text);

// "www.apnews.com" from "https://www.apnews.com/article/..." -> "apnews.com".
std::string SourceFromUrl(std::string_view url);

// The outlet credited in the text: a dateline "(Reuters) —", "ABC News' Jane
// Doe contributed to this report", "Information from The Associated Press was
// used in this report". Empty when there is none.
std::string SourceFromCredits(std::string_view text);

}  // namespace newsgraph::ingest
