// Word lists the recognizer and within-document linking share:
// person titles (with gender hints), honorifics, family-name-first surnames.
// Places, organisations and groups are in the gazetteer (ner_gazetteer.h).
// Lookups are exact on the surface form (titles also case-insensitively) and
// never allocate.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace newsgraph::ner {

// A title word such as "President", "spokeswoman", "Mr." (without the dot too).
// Sets *gender when the title implies one ("Ms." -> female).
bool IsTitleWord(std::string_view word, Gender* gender = nullptr);

// A word that narrows a title it comes before: "Interior" Minister,
// "Regional" President, "former" President, "Police" Chief.
bool IsTitleModifier(std::string_view word);

// Adds `title` to an entity's titles unless they hold it in any case: a
// title opening a sentence ("Chief executive Martin Lindqvist") is the one
// written mid-sentence ("chief executive").
void AddTitle(std::vector<std::string>& titles, const std::string& title);

// "Mr.", "Mrs.", "Ms." (with or without the full stop, as British style writes them).
bool IsHonorific(std::string_view word);

// Family-name-first surnames ("Kim", "Choe"): the first word is the surname.
bool IsFamilyNameFirst(std::string_view word);

}  // namespace newsgraph::ner
