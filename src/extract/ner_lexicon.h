// Word lists the recognizer and within-document linking share:
// person titles (with gender hints), organisation words, places, group words.
// Lookups are exact on the surface form (titles also case-insensitively) and
// never allocate.
#pragma once

#include <string_view>

#include "core/document.h"

namespace newsgraph::ner {

// A title word such as "President", "spokeswoman", "Mr." (without the dot too).
// Sets *gender when the title implies one ("Ms." -> female).
bool IsTitleWord(std::string_view word, Gender* gender = nullptr);

// Best type for a capitalised word sequence from the tables, or false.
bool LookupType(std::string_view word, EntityType* type);

// Family-name-first surnames ("Kim", "Choe"): the first word is the surname.
bool IsFamilyNameFirst(std::string_view word);

}  // namespace newsgraph::ner
