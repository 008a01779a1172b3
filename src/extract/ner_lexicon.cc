#include "extract/ner_lexicon.h"

#include <algorithm>
#include <array>

#include "core/ascii.h"

namespace newsgraph::ner {
namespace {

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
    {"Executive", Gender::kUnknown}, {"CEO", Gender::kUnknown}, {"Mayor", Gender::kUnknown},
    {"Premier", Gender::kUnknown}, {"Officer", Gender::kUnknown}, {"Commissioner", Gender::kUnknown},
    {"Prosecutor", Gender::kUnknown}, {"Attorney", Gender::kUnknown}, {"Inspector", Gender::kUnknown},
    {"Captain", Gender::kUnknown}, {"Capt", Gender::kUnknown}, {"Sergeant", Gender::kUnknown},
    {"Sgt", Gender::kUnknown}, {"Lieutenant", Gender::kUnknown}, {"Admiral", Gender::kUnknown},
    {"Adm", Gender::kUnknown}, {"Marshal", Gender::kUnknown}, {"Chair", Gender::kUnknown},
    {"Chairperson", Gender::kUnknown}, {"Speaker", Gender::kUnknown}, {"Adviser", Gender::kUnknown},
    {"Advisor", Gender::kUnknown}, {"President-elect", Gender::kUnknown}, {"Coach", Gender::kUnknown},
    {"Manager", Gender::kUnknown}, {"Professor", Gender::kUnknown}, {"Prof", Gender::kUnknown},
    {"Bishop", Gender::kUnknown}, {"Archbishop", Gender::kUnknown}, {"Cardinal", Gender::kMale},
    {"Prince", Gender::kMale}, {"Princess", Gender::kFemale}, {"Sheikh", Gender::kMale},
    {"Emir", Gender::kMale}, {"Sultan", Gender::kMale}, {"founder", Gender::kUnknown},
});

constexpr auto kTitleModifiers = std::to_array<std::string_view>({
    "Regional", "Interior", "Home", "Justice", "Finance", "Health", "Education", "Labor", "Labour",
    "Trade", "Energy", "Environment", "Agriculture", "Transport", "Transportation", "Economy", "Culture",
    "Tourism", "Industry", "Commerce", "Treasury", "Housing", "Immigration", "Security", "Homeland",
    "National", "Deputy", "Acting", "Former", "Interim", "Senior", "Assistant", "Associate", "Managing",
    "Principal", "Supreme", "Provincial", "Federal", "Municipal", "County", "District", "Union", "Party",
    "Opposition", "Army", "Navy", "Police", "Fire", "Intelligence", "Press", "Communications", "Operating",
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

bool IsTitleModifier(std::string_view word) {
  return std::any_of(kTitleModifiers.begin(), kTitleModifiers.end(),
                     [&](std::string_view m) { return EqualsIgnoreCase(word, m); });
}

void AddTitle(std::vector<std::string>& titles, const std::string& title) {
  if (!title.empty() && std::none_of(titles.begin(), titles.end(),
                                     [&](const std::string& t) { return EqualsIgnoreCase(t, title); }))
    titles.push_back(title);
}

bool IsHonorific(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return word == "Mr" || word == "Mrs" || word == "Ms";
}

bool IsFamilyNameFirst(std::string_view word) {
  return std::find(kFamilyNameFirst.begin(), kFamilyNameFirst.end(), word) != kFamilyNameFirst.end();
}

}  // namespace newsgraph::ner
