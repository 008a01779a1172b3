// Word lists the recognizer and within-document linking share:
// person titles (with gender hints), honorifics, family-name-first surnames.
// Places, organisations and groups are in the gazetteer (ner_gazetteer.h).
// Lookups are exact on the surface form (titles also case-insensitively) and
// never allocate.
#pragma once

#include <string_view>

#include "core/document.h"

namespace newsgraph::ner {

// A title word such as "President", "spokeswoman", "Mr." (without the dot too).
// Sets *gender when the title implies one ("Ms." -> female).
bool IsTitleWord(std::string_view word, Gender* gender = nullptr);

// "Mr.", "Mrs.", "Ms." (with or without the full stop, as British style writes them).
bool IsHonorific(std::string_view word);

// Family-name-first surnames ("Kim", "Choe"): the first word is the surname.
bool IsFamilyNameFirst(std::string_view word);

}  // namespace newsgraph::ner
