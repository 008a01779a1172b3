#include "extract/ner_lexicon.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsgraph::ner {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

struct TitleWord {
  std::string_view word;
  Gender gender;
};

// Person titles and roles; the words of multi-word titles appear one by one
// ("Defense", "Secretary") because a title is any run of these before a name.
constexpr std::array kTitleWords = std::to_array<TitleWord>({
    {"President", Gender::kUnknown}, {"Vice", Gender::kUnknown}, {"Prime", Gender::kUnknown},
    {"Minister", Gender::kUnknown}, {"Foreign", Gender::kUnknown}, {"Defense", Gender::kUnknown},
    {"Defence", Gender::kUnknown}, {"Secretary", Gender::kUnknown}, {"Secretary-General", Gender::kUnknown},
    {"State", Gender::kUnknown}, {"General", Gender::kUnknown}, {"Gen", Gender::kUnknown},
    {"Sen", Gender::kUnknown}, {"Senator", Gender::kUnknown}, {"Rep", Gender::kUnknown},
    {"Gov", Gender::kUnknown}, {"Governor", Gender::kUnknown}, {"Chancellor", Gender::kUnknown},
    {"Ambassador", Gender::kUnknown}, {"spokeswoman", Gender::kFemale}, {"spokesman", Gender::kMale},
    {"spokesperson", Gender::kUnknown}, {"Mr", Gender::kMale}, {"Mrs", Gender::kFemale},
    {"Ms", Gender::kFemale}, {"Dr", Gender::kUnknown}, {"Leader", Gender::kUnknown},
    {"King", Gender::kMale}, {"Queen", Gender::kFemale}, {"Pope", Gender::kMale},
    {"Chairman", Gender::kMale}, {"Chairwoman", Gender::kFemale}, {"Chief", Gender::kUnknown},
    {"Director", Gender::kUnknown}, {"Commander", Gender::kUnknown}, {"Colonel", Gender::kUnknown},
    {"Col", Gender::kUnknown}, {"Lt", Gender::kUnknown}, {"Judge", Gender::kUnknown},
});

constexpr std::array<std::string_view, 12> kFamilyNameFirst = {
    "Kim", "Choe", "Choi", "Park", "Lee", "Ri", "Pak", "Xi", "Wang", "Li", "Zhang", "Moon"};

}  // namespace

bool IsTitleWord(std::string_view word, Gender* gender) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (const TitleWord& t : kTitleWords) {
    if (EqualsIgnoreCase(word, t.word)) {
      if (gender != nullptr && t.gender != Gender::kUnknown) *gender = t.gender;
      return true;
    }
  }
  return false;
}

bool IsHonorific(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return word == "Mr" || word == "Mrs" || word == "Ms";
}

bool IsFamilyNameFirst(std::string_view word) {
  return std::find(kFamilyNameFirst.begin(), kFamilyNameFirst.end(), word) != kFamilyNameFirst.end();
}

}  // namespace newsgraph::ner
