// Figures: numbers, money, percentages and ranges with what they count.
//
// What ExtractQuantities reports, for each figure in doc.text:
//   - value, or low/high for ranges ("between 8,000 and 10,000", "8,000-10,000",
//     "3 to 4 million") and bounds ("as many as 12,000": value = high = 12000;
//     "at least 500", "500 or more": value = low = 500); vague amounts
//     ("thousands of", "tens of thousands", "several hundred", "a few
//     thousand") get only low/high and qualifier approximate;
//   - unit: "USD"/"EUR"/"GBP"... for money, "percent", "percentage points",
//     a measure ("km", "tonnes"), otherwise the head noun of what is counted;
//   - counted: the noun phrase after the number ("North Korean troops"), after
//     "of" for percentages, fractions, vague plurals and measures, after
//     "in"/"of" for money ("$1.2 billion in aid");
//   - qualifier, attributed_to (the entity of a mention next to a "said" or
//     "according to" cue in the same sentence), as_of_time (a time expression
//     of doc.times in the same sentence), and previous for stated changes
//     ("up from 3,000", "compared with 3,000 a week earlier", "rose from 3,000
//     to 5,000").
//
// Never reported: years (four digits without a comma, 1000-2100, unless money,
// percent or scaled), dates ("Oct. 28", "28 October") and anything inside a
// doc.times span, times of day ("3:30", "3 p.m."), ordinals ("3rd"),
// identifiers ("F-16", "192.168.1.2", "Flight 370", "World War II", phone
// numbers, zero-padded codes), ranks ("number three", "top 40"), ages set
// off by commas ("Smith, 45,"), scores ("won 3-1", "6-4 3-6"), addresses
// ("10 Downing Street"), durations ("three months", "thousands of years":
// ExtractTimes' business) and periods ("the first half").
//
// Policy for "one", "a" and "an": never a figure on their own ("one of the",
// "a soldier", "no one"); they count only inside a larger number ("one
// million", "a dozen", "a third") or after a qualifier ("at least one
// person"). A bare spelled-out number with nothing counted ("the two were")
// is not a figure either; digits always are.
//
// Linear in the text (links between figures, times and speakers look only
// within a sentence); allocates the output strings and a few scratch vectors
// per document, never per word.
#pragma once

#include <string_view>

#include "core/document.h"

namespace newsgraph {

// Fills doc.quantities. Needs tokens, sentences and times (for as_of links);
// uses mentions and entities when present (for attributed_to). Works on
// doc.text directly and falls back to its own sentence breaks when
// doc.sentences is empty.
void ExtractQuantities(Document& doc);

// Whether a lower-case word states that a figure changed ("rose", "up",
// "cut"): "risen from 3,000" gives an earlier value, "from the $2m sale" none.
bool IsChangeWord(std::string_view lower_word);

}  // namespace newsgraph
