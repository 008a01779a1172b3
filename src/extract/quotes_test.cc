#include "extract/quotes.h"

#include <gtest/gtest.h>

#include "text/text_layer.h"

namespace newsgraph {
namespace {

Document Doc(std::string text) {
  Document doc;
  doc.text = std::move(text);
  AnnotateText(doc);
  return doc;
}

TEST(ExtractQuotes, DirectQuoteWithSpeakerAfterCue) {
  Document doc = Doc("“We are watching this very closely,” said Lloyd Austin on Tuesday.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "We are watching this very closely");
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kDirect);
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_EQ(doc.Slice(*doc.quotes[0].speaker), "Lloyd Austin");
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "said");
}

TEST(ExtractQuotes, OrganisationNounPhraseSpeaker) {
  Document doc = Doc("\"The drills threaten regional stability,\" a foreign ministry statement said.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_EQ(doc.Slice(*doc.quotes[0].speaker), "a foreign ministry statement");
}

TEST(ExtractQuotes, PartialQuoteInsideReporterSentence) {
  Document doc = Doc("Singh said the move represents “a significant escalation” in the conflict.");
  ExtractQuotes(doc);
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "a significant escalation");
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
}

TEST(ExtractQuotes, ShortScareQuotesWithoutCueAreNotQuotes) {
  Document doc = Doc("The so-called “shadow fleet” kept sailing through the strait.");
  ExtractQuotes(doc);
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(ExtractQuotes, QuoteContinuesIntoNextParagraph) {
  Document doc = Doc("“They crossed the border at night.\n\n“Nobody stopped them,” the commander said.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span),
            "They crossed the border at night.\n\n“Nobody stopped them");
  EXPECT_EQ(doc.Slice(*doc.quotes[0].speaker), "the commander");
}

TEST(ExtractQuotes, IndirectSpeechAfterSaidThat) {
  Document doc = Doc("Austin said that the likelihood is high that troops will move.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "the likelihood is high that troops will move");
  EXPECT_EQ(doc.Slice(*doc.quotes[0].speaker), "Austin");
}

TEST(ExtractQuotes, AccordingToNamesTheSpeaker) {
  Document doc = Doc("According to the Pentagon, some 10,000 troops are now in Kursk.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(*doc.quotes[0].speaker), "the Pentagon");
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "some 10,000 troops are now in Kursk");
}

TEST(ExtractQuotes, AttributesPronounToLastFemaleSpeaker) {
  Document doc = Doc("Sabrina Singh spoke after Lloyd Austin. “The troops are moving,” she said.");
  doc.entities = {{.name = "Sabrina Singh", .type = EntityType::kPerson, .gender = Gender::kFemale},
                  {.name = "Lloyd Austin", .type = EntityType::kPerson, .gender = Gender::kMale}};
  doc.mentions = {{Span{0, 13}, EntityType::kPerson, 0}, {Span{26, 38}, EntityType::kPerson, 1}};
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(*doc.quotes[0].speaker), "she");
  EXPECT_EQ(doc.quotes[0].speaker_entity, 0);
}

}  // namespace
}  // namespace newsgraph
