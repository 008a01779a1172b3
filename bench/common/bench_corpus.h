// The news text benchmarks run on, read in place from ../shared (never copied
// into the project). Every loader returns nothing when its data is absent, so
// a benchmark can fall back to built-in text and say so.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace newsgraph::bench {

// $NEWSGRAPH_SHARED when set, else ../shared beside the source tree.
std::filesystem::path SharedDir();

// Bodies of the 2,225 BBC News 2005 articles (4.9 MB), or none.
std::vector<std::string> LoadBbcTexts();

// The raw bytes of the BBC News JSON Lines file, or "".
std::string LoadBbcJsonLines();

}  // namespace newsgraph::bench
