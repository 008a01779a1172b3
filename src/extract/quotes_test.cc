#include "extract/quotes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "link/coreference.h"
#include "text/text_layer.h"

namespace newsgraph {
namespace {

Document Doc(std::string text) {
  Document doc;
  doc.text = std::move(text);
  AnnotateText(doc);
  return doc;
}

// Marks each listed name as a PERSON mention wherever it occurs and links
// them, as the recognizer and within-document linking would.
void AddPeople(Document& doc, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    for (size_t at = doc.text.find(name); at != std::string::npos; at = doc.text.find(name, at + 1)) {
      doc.mentions.push_back({Span{uint32_t(at), uint32_t(at + name.size())}, EntityType::kPerson, -1});
    }
  }
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  ResolveWithinDocument(doc);
}

std::string SpeakerOf(const Document& doc, const Quote& q) {
  return q.speaker ? std::string(doc.Slice(*q.speaker)) : "";
}

// The quote whose text starts with `prefix`; fails the test when none does.
const Quote& QuoteStarting(const Document& doc, std::string_view prefix) {
  for (const Quote& q : doc.quotes) {
    if (doc.Slice(q.span).starts_with(prefix)) return q;
  }
  ADD_FAILURE() << "no quote starts with: " << prefix;
  static const Quote none;
  return none;
}

TEST(ExtractQuotes, DirectQuoteWithSpeakerAfterCue) {
  Document doc = Doc("“We are watching this very closely,” said Lloyd Austin on Tuesday.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "We are watching this very closely");
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Lloyd Austin");
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "said");
}

TEST(ExtractQuotes, SpeakerBeforeColonIntroducesQuote) {
  Document doc = Doc("In a statement, her senior policy adviser, Jake Sullivan, said: “Hillary Clinton believes "
                     "that transatlantic cooperation is essential.”");
  AddPeople(doc, {"Jake Sullivan", "Hillary Clinton"});
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "Hillary Clinton believes");
  EXPECT_EQ(q.kind, QuoteKind::kDirect);
  EXPECT_EQ(SpeakerOf(doc, q), "Jake Sullivan");
}

TEST(ExtractQuotes, OrganisationNounPhraseSpeaker) {
  Document doc = Doc("\"The drills threaten regional stability,\" a foreign ministry statement said.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "a foreign ministry statement");
}

TEST(ExtractQuotes, InstitutionAsSpeakerOfReportedSpeech) {
  Document doc = Doc("The Kremlin said it would respond to any deployment of long-range missiles.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);  // and, nested, what "it" would respond to
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "any deployment of long-range missiles");
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "The Kremlin");
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "it would respond to any deployment of long-range missiles");
}

TEST(ExtractQuotes, PartialQuoteInsideReporterSentence) {
  Document doc = Doc("Singh said the move represents “a significant escalation” in the conflict.");
  ExtractQuotes(doc);
  // The reported clause with the words quoted inside it: one partial quote.
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "the move represents “a significant escalation” in the conflict");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Singh");
}

TEST(ExtractQuotes, PartialQuoteSpanningSentences) {
  Document doc = Doc("Pentagon spokeswoman Sabrina Singh called the deployment “dangerous. Very dangerous.”");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "the deployment “dangerous. Very dangerous");
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "dangerous. Very dangerous.");
  EXPECT_EQ(doc.quotes[1].kind, QuoteKind::kPartial);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "Sabrina Singh");  // the name, without its title
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
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "They crossed the border at night.\n\n“Nobody stopped them");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "the commander");
}

TEST(ExtractQuotes, StraightQuoteAfterNestedSingleQuoteCloses) {
  Document doc = Doc("\"You can walk off the court and shake someone's hand and say, 'Well done,' \" said Rep. "
                     "Diane Russell, a Maine legislator.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Rep. Diane Russell");
}

TEST(ExtractQuotes, TypewriterDoubleApostrophesAreQuotationMarks) {
  Document doc = Doc("''I will never eat them again,'' Mr. Trump said of the cookies.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "I will never eat them again");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Mr. Trump");
}

TEST(ExtractQuotes, LaterQuoteInParagraphKeepsTheSpeaker) {
  Document doc = Doc("“He started out by insulting Hispanics,” Barkley said. “This is the greatest place in "
                     "the world. Do we have issues? Of course we have issues.”");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "Barkley");
}

TEST(ExtractQuotes, SpeakerInSentenceBeforeQuoteParagraph) {
  Document doc = Doc("Caddell continued:\n\n“The health issue overall is very much a partisan issue, but that "
                     "doesn’t account for the same numbers here.”");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "The health issue");
  EXPECT_EQ(q.kind, QuoteKind::kDirect);
  EXPECT_EQ(SpeakerOf(doc, q), "Caddell");
}

TEST(ExtractQuotes, SpeakerInSentenceAfterQuoteParagraph) {
  Document doc = Doc("“We will not withdraw a single soldier from the region.”\n\nDefense Minister Andrei "
                     "Belousov said the army would hold its positions through the winter.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "We will not withdraw");
  EXPECT_EQ(SpeakerOf(doc, q), "Defense Minister Andrei Belousov");
}

TEST(ExtractQuotes, IndirectSpeechAfterSaidThat) {
  Document doc = Doc("Austin said that the likelihood is high that troops will move.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "the likelihood is high that troops will move");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Austin");
}

TEST(ExtractQuotes, IndirectSpeechWithoutThat) {
  Document doc = Doc("Singh said some of the troops are moving toward Kursk. Lavrov claimed that the West "
                     "was escalating the war.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "some of the troops are moving toward Kursk");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Singh");
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "the West was escalating the war");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "Lavrov");
}

TEST(ExtractQuotes, SaidInAStatementThat) {
  Document doc = Doc("The State Department said in a statement on Monday that the sanctions would take effect "
                     "immediately.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "The State Department");
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "the sanctions would take effect immediately");
}

TEST(ExtractQuotes, ToldReportersSkipsTheAddressee) {
  Document doc = Doc("Austin told reporters the troops were already in position.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "the troops were already in position");
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "told");
}

TEST(ExtractQuotes, ReportedClauseBeforeTheSpeaker) {
  Document doc = Doc("Some of the troops are moving toward Kursk, Singh said in a briefing.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "Some of the troops are moving toward Kursk");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Singh");
}

TEST(ExtractQuotes, SpeakerBeforeAnApposition) {
  Document doc = Doc("Marley Anderson, 21, a junior from Las Vegas, said she turned out to support Sanders.");
  AddPeople(doc, {"Marley Anderson"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Marley Anderson");
  EXPECT_EQ(doc.quotes[0].speaker_entity, 0);
}

TEST(ExtractQuotes, ParticipleTakesTheSubjectOfTheSentence) {
  Document doc = Doc("Rubio hit back again, saying Christie was too focused on his campaign.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Rubio");
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "Christie was too focused on his campaign");
}

// A participle after a comma is never an inverted tag ("..., said X"):
// what it reports follows it, and the sentence's subject holds it.
TEST(ExtractQuotes, ParticipleAfterACommaIsNoInvertedTag) {
  Document doc = Doc("Tube workers walked out on Monday, demanding a 53 percent pay rise.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Tube workers");
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "a 53 percent pay rise");
}

// "number one" ranks the player; "one" is no determiner of the name.
TEST(ExtractQuotes, ARankBeforeANameStaysOutOfTheSpeaker) {
  Document doc = Doc("Former world number one Jimmy Connors said the camp was a success.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Jimmy Connors");
}

// "walked out" is a verb with its particle, not part of who demands.
TEST(ExtractQuotes, ParticipleAfterAPhrasalVerbTakesItsSubject) {
  Document doc = Doc("Tube workers walked out last week demanding a 53 percent pay rise.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Tube workers");
}

TEST(ExtractQuotes, DatelineIsNotPartOfTheReportedClause) {
  Document doc = Doc("VALENCIA, Spain (Global Wire) — About 10,000 people have been evacuated from towns west of "
                     "Valencia, regional officials said.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "About 10,000 people have been evacuated from towns west of Valencia");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "regional officials");
}

TEST(ExtractQuotes, PartialQuoteTakesTheCueOfItsOwnClause) {
  Document doc = Doc("Ms. Ferrer said the blaze was “the worst in a generation” and the mayor asked residents to "
                     "leave.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "the blaze was “the worst in a generation");
  EXPECT_EQ(q.kind, QuoteKind::kPartial);
  EXPECT_EQ(SpeakerOf(doc, q), "Ms. Ferrer");
}

TEST(ExtractQuotes, AccordingToNamesTheSpeaker) {
  Document doc = Doc("According to the Pentagon, some 10,000 troops are now in Kursk.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "the Pentagon");
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "some 10,000 troops are now in Kursk");
}

TEST(ExtractQuotes, AccordingToAfterTheClause) {
  Document doc = Doc("Some 10,000 troops are now in Kursk, according to a senior defense official.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "a senior defense official");
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "Some 10,000 troops are now in Kursk");
}

// What a poll shows is attributed to it, clause or noun phrase; "found" and
// "know" are too often not about evidence ("police found a body") to go
// without "that".
TEST(ExtractQuotes, VerbsOfEvidenceReportTheirObject) {
  Document doc = Doc("Polls show gains for the party in the north. Police found a body near the river. "
                     "Investigators found that the fire was set deliberately.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "gains for the party in the north");
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "the fire was set deliberately");
}

// A passive cue with no agent that judges nothing reports an event, not
// speech ("is said to" is hearsay: SaidToBeReportsTheWholeClause).
TEST(ExtractQuotes, PassiveCueIsNotSpeech) {
  Document doc = Doc("The new budget was announced on Monday.");
  ExtractQuotes(doc);
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(ExtractQuotes, AttributesPronounToLastFemaleSpeaker) {
  Document doc = Doc("Sabrina Singh spoke after Lloyd Austin. “The troops are moving,” she said.");
  doc.entities = {{.name = "Sabrina Singh", .type = EntityType::kPerson, .gender = Gender::kFemale},
                  {.name = "Lloyd Austin", .type = EntityType::kPerson, .gender = Gender::kMale}};
  doc.mentions = {{Span{0, 13}, EntityType::kPerson, 0}, {Span{26, 38}, EntityType::kPerson, 1}};
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "she");
  EXPECT_EQ(doc.quotes[0].speaker_entity, 0);
}

TEST(ExtractQuotes, PronounGenderFromTitle) {
  // "spokeswoman" makes Singh female; Austin, mentioned last, has no known gender.
  Document doc = Doc("Pentagon spokeswoman Sabrina Singh briefed reporters after Lloyd Austin left. "
                     "“The troops are moving,” she added.");
  AddPeople(doc, {"Sabrina Singh", "Lloyd Austin"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_GE(doc.quotes[0].speaker_entity, 0);
  EXPECT_EQ(doc.entities[doc.quotes[0].speaker_entity].name, "Sabrina Singh");
}

TEST(ExtractQuotes, SpeakerIsThePersonHeadingTheSpeakerPhrase) {
  Document doc = Doc("NATO Secretary-General Mark Rutte said the deployment marked a significant escalation. "
                     "Russia's Foreign Minister Sergey Lavrov claimed that the West was escalating the war.");
  doc.text += " Spain's Civil Protection agency said the fire was contained.";
  AnnotateText(doc);
  for (auto [name, type] : {std::pair{"NATO", EntityType::kOrg}, {"Mark Rutte", EntityType::kPerson},
                            {"Russia", EntityType::kPlace}, {"Sergey Lavrov", EntityType::kPerson},
                            {"Spain", EntityType::kPlace}, {"Civil Protection", EntityType::kOrg}}) {
    const size_t at = doc.text.find(name);
    doc.mentions.push_back({Span{uint32_t(at), uint32_t(at + std::string_view(name).size())}, type, -1});
  }
  ResolveWithinDocument(doc);
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 3u);
  for (const auto& [quote, speaker] :
       {std::pair{0, "Mark Rutte"}, {1, "Sergey Lavrov"}, {2, "Civil Protection"}}) {
    ASSERT_GE(doc.quotes[quote].speaker_entity, 0);
    EXPECT_EQ(doc.entities[doc.quotes[quote].speaker_entity].name, speaker);
  }
}

// The one quote found in `text`: its words and its speaker ("" for none).
void ExpectOneQuote(const std::string& text, std::string_view content, std::string_view speaker) {
  Document doc = Doc(text);
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u) << text;
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), content) << text;
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), speaker) << text;
}

TEST(ExtractQuotes, StanceVerbReportsItsObject) {
  ExpectOneQuote("Senator Susan Collins endorsed the bipartisan infrastructure bill on Thursday.",
                 "the bipartisan infrastructure bill on Thursday", "Senator Susan Collins");
}

TEST(ExtractQuotes, IntentionVerbReportsTheInfinitive) {
  ExpectOneQuote("A spokesman for the campaign declined to say whether the senator would attend.",
                 "to say whether the senator would attend", "A spokesman for the campaign");
}

TEST(ExtractQuotes, PrepositionalCueReportsItsObject) {
  ExpectOneQuote("The mayor called for a full investigation into the shooting.",
                 "a full investigation into the shooting", "The mayor");
}

TEST(ExtractQuotes, TopicVerbCountsOnlyWithItsPreposition) {
  ExpectOneQuote("Warren spoke after the vote. Warren spoke about the cost of child care.", "the cost of child care",
                 "Warren");
}

TEST(ExtractQuotes, SubjectPronounOpensClauseWithoutThat) {
  ExpectOneQuote("Party leaders feared they would lose the House in November.", "they would lose the House in November",
                 "Party leaders");
}

TEST(ExtractQuotes, TimeBetweenSpeakerCueAndClause) {
  ExpectOneQuote("Sheldon Adelson on Friday said last week he met the candidate in Las Vegas.",
                 "he met the candidate in Las Vegas", "Sheldon Adelson");
}

TEST(ExtractQuotes, QuantifierSpeaksForThoseCounted) {
  ExpectOneQuote("Of the 40 senators surveyed, all but two said the party should change its rules.",
                 "the party should change its rules", "two");
}

TEST(ExtractQuotes, SecondAttributionEndsTheFirstClause) {
  Document doc = Doc("Kasich said the delegates would decide the nominee, and other party leaders said the "
                     "convention could go to a second ballot.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "the delegates would decide the nominee");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Kasich");
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "the convention could go to a second ballot");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "other party leaders");
}

TEST(ExtractQuotes, ParticipleAfterQuoteSpeaksForSentenceSubject) {
  Document doc = Doc("Jenkins said, “It’s time we change how we do it,” promising the club will return to its roots.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "It’s time")), "Jenkins");
}

TEST(ExtractQuotes, OneWordObjectIsReported) {
  ExpectOneQuote("In his hourlong speech, the governor never mentioned Trump.", "Trump", "the governor");
}

TEST(ExtractQuotes, AppositionBeforeAuxiliaryNamesSpeaker) {
  Document doc = Doc("Senator Marco Rubio, Republican of Florida, has talked about embedding troops with Iraqi units.");
  AddPeople(doc, {"Marco Rubio"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "embedding troops with Iraqi units");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Senator Marco Rubio");
}

TEST(ExtractQuotes, ProgressiveCueReports) {
  ExpectOneQuote("He was referring to a 2006 controversy over a Dubai company.",
                 "a 2006 controversy over a Dubai company", "He");
}

TEST(ExtractQuotes, NominalCueWithPossessorReportsClause) {
  ExpectOneQuote("Trump repeated his claim that the election would be rigged against him.",
                 "the election would be rigged against him", "his");
}

TEST(ExtractQuotes, NominalCueReportsPrepositionalObject) {
  ExpectOneQuote("In a letter on Friday, the senator renewed her criticism of the trade deal.", "the trade deal", "her");
}

TEST(ExtractQuotes, CueWordAfterDeterminerIsANoun) {
  ExpectOneQuote("The governor's support for the measure wavered after the vote.",
                 "the measure wavered after the vote", "The governor");
  Document doc = Doc("The support cuts across party lines in three swing states.");
  ExtractQuotes(doc);
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(ExtractQuotes, ParticipleAfterSaidTakesItsSpeaker) {
  Document doc = Doc("“We feel great in every one of those states,” he said, adding that he would not offer predictions.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "he would not")), "he");
}

TEST(ExtractQuotes, SentenceSubjectSkipsDateline) {
  ExpectOneQuote("Washington (AFP) – Democrat Hillary Clinton took a swipe at her rival on Friday, saying that his "
                 "comments do more harm than good.",
                 "his comments do more harm than good", "Democrat Hillary Clinton");
}

TEST(ExtractQuotes, SpeakerColonLineIsTheirWords) {
  Document doc = Doc("Q: And the idea of building a wall along the southern border?\n\nA: It will not stop anyone.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "And the idea of building a wall along the southern border");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Q");
  EXPECT_EQ(doc.quotes[1].kind, QuoteKind::kDirect);
  Document note = Doc("Update: The vote was moved to Tuesday.");
  ExtractQuotes(note);
  EXPECT_TRUE(note.quotes.empty());
}

TEST(ExtractQuotes, PhrasalCueFindsThatPastItsParticle) {
  ExpectOneQuote("Sanders pointed out that the bill had passed with Republican votes.",
                 "the bill had passed with Republican votes", "Sanders");
}

TEST(ExtractQuotes, RespondedToReportsWhatWasAnswered) {
  ExpectOneQuote("The campaign responded to the report with a lengthy rebuttal.", "the report with a lengthy rebuttal",
                 "The campaign");
}

TEST(ExtractQuotes, WhenAskedReportsTheQuestion) {
  // The fronted question and, after its comma, the answer.
  Document fronted = Doc("When asked about the border wall, Trump said he would finish it.");
  ExtractQuotes(fronted);
  ASSERT_EQ(fronted.quotes.size(), 2u);
  EXPECT_EQ(SpeakerOf(fronted, QuoteStarting(fronted, "about the border wall")), "Trump");
  EXPECT_EQ(SpeakerOf(fronted, QuoteStarting(fronted, "he would finish it")), "Trump");
  Document doc = Doc("Christie answered quickly when asked whether he would order a quarantine.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "whether he would order a quarantine");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Christie");
}

TEST(ExtractQuotes, RaisingVerbReportsAnImpressionOfItsSubject) {
  ExpectOneQuote("In the past few days, the governor appeared to be shrinking in stature.",
                 "the governor appeared to be shrinking in stature", "the governor");
  ExpectOneQuote("It appears that the game was not boring to everyone.", "the game was not boring to everyone", "");
}

TEST(ExtractQuotes, AllCapsDatelineIsNotTheSubject) {
  Document doc = Doc("ORLANDO, Fla. — President Barack Obama met the families on Thursday, saying the country must act.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the country must act")), "President Barack Obama");
}

TEST(ExtractQuotes, PossessorPronounResolvesToPerson) {
  Document doc = Doc("Sabrina Singh spoke first. Later she repeated her claim that the troops were moving.");
  doc.entities = {{.name = "Sabrina Singh", .type = EntityType::kPerson, .gender = Gender::kFemale}};
  doc.mentions = {{Span{0, 13}, EntityType::kPerson, 0}};
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "the troops were moving");
  EXPECT_EQ(SpeakerOf(doc, q), "her");
  EXPECT_EQ(q.speaker_entity, 0);
}

TEST(ExtractQuotes, RelativeWhoIsTheSpeakerSpanAndResolvesToItsAntecedent) {
  Document doc = Doc("Senator Maria Ortiz, who chairs the energy committee, said the permits were rushed.");
  AddPeople(doc, {"Maria Ortiz"});
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "the permits were rushed");
  EXPECT_EQ(SpeakerOf(doc, q), "Senator Maria Ortiz");
  Document rel = Doc("The plan was backed by Maria Ortiz, who said the permits were rushed.");
  AddPeople(rel, {"Maria Ortiz"});
  ExtractQuotes(rel);
  const Quote& r = QuoteStarting(rel, "the permits were rushed");
  EXPECT_EQ(SpeakerOf(rel, r), "who");
  ASSERT_GE(r.speaker_entity, 0);
  EXPECT_EQ(rel.entities[r.speaker_entity].name, "Maria Ortiz");
}

TEST(ExtractQuotes, ColonHandsQuotationToSentenceSubject) {
  Document doc = Doc("The mayor went even further: “This budget will close three libraries and a clinic.”");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "This budget will close")), "The mayor");
}

TEST(ExtractQuotes, ShoutedAndWritingAreSpeechCues) {
  Document doc = Doc("As the motorcade passed, a protester shouted, “Go home and take your tax cuts with you!”");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Go home")), "a protester");
  Document post = Doc("The senator posted a photo of the flooded bridge, writing “We need the repair money now.”");
  ExtractQuotes(post);
  EXPECT_EQ(SpeakerOf(post, QuoteStarting(post, "We need the repair")), "The senator");
}

TEST(ExtractQuotes, RelativeWhichIsTheSpeakerSpan) {
  Document doc = Doc("The group released a report, which found that rents rose faster than wages.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "rents rose faster")), "which");
}

TEST(ExtractQuotes, RelativeThatAfterNounNamesTheNoun) {
  Document doc = Doc("Volunteers handed out the leaflets that said the vote would be held on Sunday.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the vote would be held")), "the leaflets");
}

TEST(ExtractQuotes, ParticipleSubjectSkipsFrontedPhrase) {
  Document doc = Doc("At the debate in Ohio, Sanders contrasted himself with Clinton, saying he never took speaking fees.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "he never took speaking fees")), "Sanders");
}

TEST(ExtractQuotes, PossessorGivesWayToAgreeingSubject) {
  Document doc = Doc("Later in the day, she stepped up her attacks on the governor's record on schools.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the governor's record")), "she");
  Document org = Doc("The Sanders campaign doubled down on its criticism of the trade deal.");
  ExtractQuotes(org);
  EXPECT_EQ(SpeakerOf(org, QuoteStarting(org, "the trade deal")), "The Sanders campaign");
}

TEST(ExtractQuotes, InheritedSpeakerTakesNearerMentionInLaterSentence) {
  Document doc = Doc("“We are going to build the bridge,” Ortiz said. She then had a question for the crowd. "
                     "“Who is going to pay for it?”");
  doc.entities = {{.name = "Maria Ortiz", .type = EntityType::kPerson, .gender = Gender::kFemale}};
  doc.mentions = {{Span{40, 45}, EntityType::kPerson, 0}};
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "Who is going to pay");
  EXPECT_EQ(SpeakerOf(doc, q), "She");
  EXPECT_EQ(q.speaker_entity, 0);
  Document same = Doc("“We are going to build the bridge,” Ortiz said as she left the stage. “Nobody can stop us.”");
  same.entities = doc.entities;
  same.mentions = {{Span{40, 45}, EntityType::kPerson, 0}};
  ExtractQuotes(same);
  EXPECT_EQ(SpeakerOf(same, QuoteStarting(same, "Nobody can stop us")), "Ortiz");
}

TEST(ExtractQuotes, InheritedCuePrefersNamedSpeaker) {
  Document doc = Doc("Schoen said that delegates who pledged to Clinton may reconsider.\n\n"
                     "“A win in California would underscore her weakness as a candidate.”");
  AddPeople(doc, {"Schoen"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "A win in California")), "Schoen");
}

TEST(ExtractQuotes, NameBeforeColonSpeaks) {
  Document doc = Doc("POLLS WERE NOT WRONG, JUST EARLY - Mark Blumenthal: “The late deciders broke for the winner.”");
  AddPeople(doc, {"Mark Blumenthal"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "The late deciders")), "Mark Blumenthal");
}

TEST(ExtractQuotes, AndSaidTakesSubjectOfVerbBeforeAnd) {
  Document doc = Doc("When a reporter asked about the schedule, he laughed and said, “We will see about that.”");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We will see")), "he");
}

TEST(ExtractQuotes, ParticipleAfterUnnamedObjectSpeaksForSubject) {
  Document doc = Doc("The town council released a statement Wednesday saying the crime figures were out of date.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the crime figures")), "The town council");
}

TEST(ExtractQuotes, QuantifierAndPastAfterAuxiliaryAreAdverbs) {
  Document doc = Doc("Senator Lee, who has both endorsed the nominee and criticized his campaign, spoke on Tuesday.");
  AddPeople(doc, {"Senator Lee"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the nominee")), "who");
  Document past = Doc("Beck, who has in the past described the senator as a fraud, spoke on Monday.");
  ExtractQuotes(past);
  EXPECT_EQ(SpeakerOf(past, QuoteStarting(past, "the senator as a fraud")), "who");
}

// A quotation that ends its sentence is not tagged by the next sentence when
// that one reports a clause of its own; the clause stays reported speech.
TEST(ExtractQuotes, NextSentenceWithItsOwnClauseIsNoTag) {
  Document doc = Doc("“It is a hard choice,” said the mayor, “and I chose the budget.” Harris said the real problem "
                     "is the state's funding formula, and she blamed the legislature for it.");
  AddPeople(doc, {"Harris"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "and I chose")), "the mayor");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the real problem")), "Harris");
  Document tag = Doc("“We will appeal the ruling.” Harris said.");
  ExtractQuotes(tag);
  EXPECT_EQ(SpeakerOf(tag, QuoteStarting(tag, "We will appeal")), "Harris");
}

// "CLAUSE, said X, a long apposition." reports the clause however long the
// speaker's description runs.
TEST(ExtractQuotes, InvertedCueWithLongAppositionReportsClause) {
  Document doc = Doc("The budget deal leaves both parties with little to campaign on, said Maria Lopez, a senior fellow "
                     "at the Center for Fiscal Studies in Washington.");
  AddPeople(doc, {"Maria Lopez"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "The budget deal leaves")), "Maria Lopez");
}

// A cue whose own clause runs on into a quotation still reports that clause.
TEST(ExtractQuotes, ClauseRunningIntoQuotationIsReported) {
  Document doc = Doc("Okafor explained that the award goes to whoever shaped the year most, “for better or worse.”");
  ExtractQuotes(doc);
  const Quote& clause = QuoteStarting(doc, "the award goes");
  EXPECT_EQ(SpeakerOf(doc, clause), "Okafor");
  EXPECT_EQ(doc.Slice(*clause.cue), "explained");
}

// A partial quote tagged after its close reports the reporter's words before
// it as well: the whole sentence is the speaker's claim.
TEST(ExtractQuotes, PartialQuoteTaggedAfterCoversItsSentence) {
  Document doc = Doc("The governor tried to distance himself from the scandal, and in doing so he “made a serious "
                     "error,” Patel said.");
  AddPeople(doc, {"Patel"});
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "The governor tried");
  EXPECT_EQ(q.kind, QuoteKind::kPartial);
  EXPECT_TRUE(doc.Slice(q.span).ends_with("serious error"));
  EXPECT_EQ(SpeakerOf(doc, q), "Patel");
}

// A quotation after a comma in a sentence with no cue belongs to the
// sentence's subject rather than to a speaker inherited from elsewhere.
TEST(ExtractQuotes, QuotationAfterCommaWithNoCueIsTheSubjects) {
  Document doc = Doc("The commissioner reacted coolly to the new border deal, “We are worried about any agreement "
                     "that sends people back without a hearing.”");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We are worried")), "The commissioner");
}

// A fronted "Asked ..." and the passive "was asked" report the question.
TEST(ExtractQuotes, FrontedAndPassiveAskedReportTheQuestion) {
  Document doc = Doc("Asked on Sunday whether he would debate again, the governor said no.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "whether he would debate")), "the governor");
  Document passive = Doc("The senator was asked whether the plan would raise taxes.");
  ExtractQuotes(passive);
  EXPECT_EQ(SpeakerOf(passive, QuoteStarting(passive, "whether the plan")), "The senator");
  // The one who asks, where named, is the source of the question.
  Document by = Doc("Asked by a moderator whether the plan would raise taxes, the senator said no.");
  ExtractQuotes(by);
  EXPECT_EQ(SpeakerOf(by, QuoteStarting(by, "whether the plan")), "a moderator");
}

// An adjective of stance with "that" reports the clause, held by the subject
// of the verb it completes; "made it clear" too.
TEST(ExtractQuotes, StanceAdjectiveReportsItsThatClause) {
  Document doc = Doc("The mayor is confident that the stadium will be finished on time.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the stadium will")), "The mayor");
  Document made = Doc("Union leaders made it very clear that they would strike in March.");
  ExtractQuotes(made);
  EXPECT_EQ(SpeakerOf(made, QuoteStarting(made, "they would strike")), "Union leaders");
  Document bare = Doc("The weather is clear that morning.");
  ExtractQuotes(bare);
  EXPECT_TRUE(bare.quotes.empty());
}

// A noun of belief with "that" reports its clause even when nobody holds it.
TEST(ExtractQuotes, BeliefNounWithThatNeedsNoHolder) {
  Document doc = Doc("There is growing speculation that the minister will resign before the summer.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "the minister will resign");
  EXPECT_EQ(doc.Slice(*q.cue), "speculation");
}

// "voiced support for": the cue word is the object of a lower-case verb, and
// the verb's subject is the speaker, not the verb.
TEST(ExtractQuotes, CueAsObjectOfVerbSpeaksForVerbsSubject) {
  Document doc = Doc("The union voiced support for the striking nurses.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the striking nurses")), "The union");
}

// "Officials who spoke with the Times said": the speaker is the head of the
// relative clause, not the noun phrase at the end of it.
TEST(ExtractQuotes, RelativeClauseWithoutCommasGivesItsHead) {
  Document doc = Doc("Two officials who spoke with The Daily Ledger said the agency had lost its funding.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the agency had lost")), "Two officials");
}

// "CLAUSE, according to X." gives X the whole clause, even when the clause
// has cue words of its own ("declined to"); those report, nested, for the
// clause's own subject.
TEST(ExtractQuotes, TrailingAccordingToHoldsTheWholeClause) {
  Document doc = Doc("The publisher declined to renew the contract, according to an executive familiar with the talks.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "The publisher declined to renew the contract");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "an executive familiar with the talks");
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "to renew the contract");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "The publisher");
  ExpectOneQuote("Turnout fell by a third in the county according to the election board.",
                 "Turnout fell by a third in the county", "the election board");
}

// "X is expected to ..." reports an expectation about its subject, with no
// speaker, as "is said to" reports hearsay.
TEST(ExtractQuotes, PassiveExpectedToIsAnImpression) {
  ExpectOneQuote("The final vote is expected to take place on Thursday.",
                 "The final vote is expected to take place on Thursday", "");
  ExpectOneQuote("The general is said to be furious about the leak of the battle plans.",
                 "The general is said to be furious about the leak of the battle plans", "");
}

// A partial quote in a sentence with no cue is the sentence subject's.
TEST(ExtractQuotes, PartialQuoteWithNoCueIsTheSubjects) {
  Document doc = Doc("The governor thanked the volunteers for “stepping up when the city needed them most.”");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "stepping up when")), "The governor");
}

// A cue after "to" or "by" speaks for the subject of the verb it hangs on.
TEST(ExtractQuotes, InfinitiveAndGerundCuesSpeakForTheSubject) {
  Document doc = Doc("The debate was so calm that the senator was moved to say, “I cannot believe how civil this is.”");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "I cannot believe")), "the senator");
  Document gerund = Doc("The judge began by saying that the case had been difficult.");
  ExtractQuotes(gerund);
  EXPECT_EQ(SpeakerOf(gerund, QuoteStarting(gerund, "the case had been")), "The judge");
}

// "X criticized Y but said": the subject of the sentence, as with "and".
TEST(ExtractQuotes, ButSaidTakesTheSentenceSubject) {
  Document doc = Doc("The council member voted for the budget but warned that the pension fund was short.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the pension fund")), "The council member");
}

// A gerund cue after "in" speaks for the sentence subject.
TEST(ExtractQuotes, GerundAfterInSpeaksForTheSubject) {
  Document doc = Doc("The two senators were united in opposing the new tariffs on steel.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the new tariffs")), "The two senators");
}

// The subject of a participle lies past a fronted adverb phrase and past a
// place and a time that run on after a fronted phrase.
TEST(ExtractQuotes, SubjectPastFrontedAdverbPlaceAndTime) {
  Document doc = Doc("At a rally in Dayton, Ohio, on Friday, Ms. Reyes went after her rival, saying that he had "
                     "never held a job.");
  AddPeople(doc, {"Ms. Reyes"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "he had never held")), "Ms. Reyes");
  Document adverb = Doc("Shortly after the ruling, the party chairman put out a statement saying that the fight was over.");
  ExtractQuotes(adverb);
  EXPECT_EQ(SpeakerOf(adverb, QuoteStarting(adverb, "the fight was over")), "the party chairman");
}

// "X, however, said": a parenthetical adverb between commas does not hide
// the speaker before it.
TEST(ExtractQuotes, ParentheticalAdverbBeforeCue) {
  Document doc = Doc("Security experts and U.S. officials, however, said they believed the leak came from abroad.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "they believed")), "U.S. officials");
}

// A percentage speaks as a count does ("47% say").
TEST(ExtractQuotes, PercentageIsASpeaker) {
  Document doc = Doc("On trade the picture is mixed: 47% say the country should raise tariffs on imports.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the country should")), "47%");
}

// A noun cue later in the clause ("delivered only nonpartisan remarks") is no
// second attribution; a relative "who said" after a comma is, with its own
// speaker.
TEST(ExtractQuotes, SecondAttributionIsAVerbOrARelativeClause) {
  Document doc = Doc("A spokeswoman said the senator has no more speeches scheduled and delivered only nonpartisan "
                     "remarks at her events.");
  ExtractQuotes(doc);
  EXPECT_TRUE(doc.Slice(QuoteStarting(doc, "the senator has").span).ends_with("at her events"));
  Document poll = Doc("In the poll, 60 percent said the economy was improving, compared with 30 percent who said it "
                      "was getting worse.");
  ExtractQuotes(poll);
  EXPECT_EQ(poll.Slice(QuoteStarting(poll, "the economy").span), "the economy was improving");
  EXPECT_EQ(SpeakerOf(poll, QuoteStarting(poll, "it was getting worse")), "who");
}

// A verb outside the cue table reports a "that" clause when its subject
// names a speaker; a plural noun before "that" does not.
TEST(ExtractQuotes, AnyVerbWithThatClauseAndNamedSubject) {
  Document doc = Doc("Okonkwo protested that the rules had been changed in the middle of the race.");
  AddPeople(doc, {"Okonkwo"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the rules had been")), "Okonkwo");
  Document noun = Doc("Okonkwo allies that worked on the bill were not consulted.");
  AddPeople(noun, {"Okonkwo"});
  ExtractQuotes(noun);
  EXPECT_TRUE(noun.quotes.empty());
}

// A passive cue with a "by" agent reports its subject for the agent; without
// an agent, and before "to" ("is said to"), it reports nothing.
TEST(ExtractQuotes, PassiveCueWithAgentReportsItsSubject) {
  Document doc = Doc("The mayor's proposal was quickly rejected by the city council.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "The mayor's proposal");
  EXPECT_EQ(doc.Slice(q.span), "The mayor's proposal");
  EXPECT_EQ(SpeakerOf(doc, q), "the city council");
  Document bare = Doc("The mayor's proposal was rejected on Monday.");
  ExtractQuotes(bare);
  EXPECT_TRUE(bare.quotes.empty());
}

// "As X put it: “...”" gives the quotation to X, not to "it"; a fronted
// "Unless ..." clause is no speaker.
TEST(ExtractQuotes, PutItAndUnlessClause) {
  Document doc = Doc("As former state treasurer Dana Whitfield put it: “The money is simply not there.”");
  AddPeople(doc, {"Dana Whitfield"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "The money is")), "Dana Whitfield");
  Document unless = Doc("Unless the other candidates quit soon, “it will be very hard to stop him.”");
  ExtractQuotes(unless);
  EXPECT_EQ(SpeakerOf(unless, QuoteStarting(unless, "it will be")), "");
}

// "see X as Y" reports the perception; "see" with a bare object does not.
TEST(ExtractQuotes, SeeAsReportsAPerception) {
  ExpectOneQuote("Many party leaders see the governor as a liability in the fall.",
                 "the governor as a liability in the fall", "Many party leaders");
  Document bare = Doc("Many party leaders see the governor on Mondays.");
  ExtractQuotes(bare);
  EXPECT_TRUE(bare.quotes.empty());
}

// Lower-case modifiers before a nominal cue are not its holder; the clause
// subject is.
TEST(ExtractQuotes, ModifiersBeforeNominalCueAreNoSpeaker) {
  Document doc = Doc("In recent weeks, she has dropped direct attacks on her rival from her speeches.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "her rival")), "she");
}

// "in June" is a time phrase between a speaker and its cue, and a month is
// no speaker.
TEST(ExtractQuotes, MonthTimePhraseBeforeCue) {
  ExpectOneQuote("A state university poll in June showed that the race was tied.", "the race was tied",
                 "A state university poll");
}

// A cue that can be a noun reads as one before "from"/"among" or a verb,
// and after "of" or a percentage; "states that" is a plural noun with a
// relative clause. (Support received, "drew broad support among", reports
// its subject: StanceReceivedIsOnTheSubjectOfTheVerb.)
TEST(ExtractQuotes, NounReadingsOfCueWordsReportNothing) {
  for (const char* text : {"The senator won 34 percent support in the county.",
                           "Her base of support was the suburbs.",
                           "Turnout rose in the states that hold open primaries."}) {
    Document doc = Doc(text);
    ExtractQuotes(doc);
    EXPECT_TRUE(doc.quotes.empty()) << text;
  }
  ExpectOneQuote("Most union members support the new contract.", "the new contract", "Most union members");
}

// A share of respondents speaks for the poll the sentence names.
TEST(ExtractQuotes, PollIsTheSourceOfItsFigures) {
  Document doc = Doc("In a state university poll, 55 percent of voters said the governor should resign.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the governor should")), "a state university poll");
  Document none = Doc("Some 55 percent of voters said the governor should resign.");
  ExtractQuotes(none);
  EXPECT_EQ(SpeakerOf(none, QuoteStarting(none, "the governor should")), "Some 55 percent of voters");
}

// "called on X to do Y" reports whom and what they are to do; "reported on"
// still reports nothing.
TEST(ExtractQuotes, CalledOnSomeoneToAct) {
  ExpectOneQuote("The mayor called on state lawmakers to restore the transit budget.",
                 "state lawmakers to restore the transit budget", "The mayor");
  Document on = Doc("The paper reported on the transit budget.");
  ExtractQuotes(on);
  EXPECT_TRUE(on.quotes.empty());
}

// "According to X, CLAUSE" after a colon or a conjunction.
TEST(ExtractQuotes, AccordingToAfterColonOrConjunction) {
  Document doc = Doc("The shift is real: according to recent polls, the senator now trails by six points.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the senator now trails")), "recent polls");
}

// "railed against X" reports its object, like "called for".
TEST(ExtractQuotes, RailedAgainstReportsItsObject) {
  ExpectOneQuote("The governor railed against the new federal mandates.", "the new federal mandates", "The governor");
}

// A cue that needs "that" reports a question clause, and a poll or study
// reports its findings without "that"; a person who "found" an object does
// not.
TEST(ExtractQuotes, QuestionClausesAndFindingsNeedNoThat) {
  ExpectOneQuote("Editors now know how many readers finish each story.", "how many readers finish each story",
                 "Editors");
  ExpectOneQuote("A state university poll found the governor leading by seven points.",
                 "the governor leading by seven points", "A state university poll");
  Document person = Doc("The detective found the missing car in a garage.");
  ExtractQuotes(person);
  EXPECT_TRUE(person.quotes.empty());
}

// "One says A, while another says B": "one" and "another" stand for the
// people counted; a clause after "say" that opens with a gerund is what is
// said, not an inverted speaker.
TEST(ExtractQuotes, OneAndAnotherSpeakAndGerundClauseIsNoSpeaker) {
  Document doc = Doc("One ranking says China has the most, while another says the United States has twice as many.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the United States")), "another");
  Document gerund = Doc("Many economists, like their rivals, say taxing consumption encourages savings.");
  ExtractQuotes(gerund);
  EXPECT_EQ(gerund.Slice(QuoteStarting(gerund, "taxing").span), "taxing consumption encourages savings");
}

// Every form of a cue verb is a cue: the base form after "to" or "did not",
// the -s form, and the -ing participle that speaks for the sentence subject.
TEST(ExtractQuotes, EveryInflectionOfACueVerb) {
  ExpectOneQuote("The mayor's office did not respond to a request for comment.", "a request for comment",
                 "The mayor's office");
  ExpectOneQuote("The treasurer wonders whether the pension fund can survive.",
                 "whether the pension fund can survive", "The treasurer");
  Document doc = Doc("The union walked out on Friday, echoing complaints from nurses across the state.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "complaints from nurses")), "The union");
}

// "“…,” Trump went on.": a short tag after a quotation names its speaker
// even when the tag's verb is no cue, if the subject is a named person.
TEST(ExtractQuotes, ShortTagWithAnyVerbNamesTheSpeaker) {
  Document doc = Doc("“We will not back down,” an angry Sandra Ruiz retorted. The hearing ended soon after.");
  AddPeople(doc, {"Sandra Ruiz"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We will not back down")), "Sandra Ruiz");
}

// "Christie repeated accusations that ...": a nominal cue with no possessor
// is held by the named subject of its sentence.
TEST(ExtractQuotes, NominalCueWithoutPossessorIsTheNamedSubjects) {
  Document doc = Doc("Paul Avery repeated accusations that the contract had been rigged.");
  AddPeople(doc, {"Paul Avery"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the contract had been rigged")), "Paul Avery");
}

// "The Times is expected to endorse": an expectation held by a named
// organisation is its own.
TEST(ExtractQuotes, ExpectedToKeepsANamedSubject) {
  Document doc = Doc("The Chronicle is expected to endorse the challenger on Sunday.");
  doc.mentions.push_back({Span{4, 13}, EntityType::kOrg, -1});
  ResolveWithinDocument(doc);
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "The Chronicle");
}

// Verbs of speech and stance with the preposition that takes what is said
// or felt: "talks about", "worried about", "agreed with".
TEST(ExtractQuotes, SpeechVerbsWithTheirPrepositions) {
  ExpectOneQuote("The mayor often talks about the housing shortage.", "the housing shortage", "The mayor");
  ExpectOneQuote("Farmers worried about the price of diesel.", "the price of diesel", "Farmers");
  ExpectOneQuote("The senator agreed with the board's decision.", "the board's decision", "The senator");
}

// "TAPPER: ...": a transcript's speaker label in capitals opens a turn, past
// the headline, where capitals are a kicker ("EXCLUSIVE: ...").
TEST(ExtractQuotes, CapitalizedTranscriptLabelSpeaks) {
  Document doc = Doc("Interview Transcript\n\nHOST: What will you do about rents in the city?\n\n"
                     "MAYOR: We will build more homes.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "What will you do")), "HOST");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We will build")), "MAYOR");
  Document kicker = Doc("EXCLUSIVE: The senator will retire next year.");
  ExtractQuotes(kicker);
  EXPECT_TRUE(kicker.quotes.empty());
}

// "The emails led Debbie Chan to announce": a named object before the
// infinitive is who does what the cue reports.
TEST(ExtractQuotes, NamedObjectOfACausativeSpeaks) {
  Document doc = Doc("The leaked memo led Debbie Chan to announce her resignation.");
  AddPeople(doc, {"Debbie Chan"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "her resignation")), "Debbie Chan");
}

// "X, who endorsed Y, said Z": the relative clause reports its object and
// ends at the comma where the main clause's own cue resumes.
TEST(ExtractQuotes, RelativeClauseEndsWhereTheMainCueResumes) {
  Document doc = Doc("Maria Lopez, who endorsed the mayor in May, said on Monday she regrets the decision.");
  AddPeople(doc, {"Maria Lopez"});
  ExtractQuotes(doc);
  EXPECT_EQ(doc.Slice(QuoteStarting(doc, "the mayor").span), "the mayor in May");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "she regrets")), "Maria Lopez");
}

// A second attribution ends the first clause when its cue needs "that" and
// has it or its preposition ("..., and he railed against B"), and when a
// share speaks ("..., and more than 4 in 10 said B").
TEST(ExtractQuotes, SecondAttributionWithPrepositionOrShare) {
  Document doc = Doc("Mr. Hale said the budget was balanced, and he railed against the new tax.");
  AddPeople(doc, {"Mr. Hale"});
  ExtractQuotes(doc);
  EXPECT_EQ(doc.Slice(QuoteStarting(doc, "the budget").span), "the budget was balanced");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the new tax")), "he");
  Document poll = Doc("Nearly half said the economy was their top issue, and more than 4 in 10 said taxes were too high.");
  ExtractQuotes(poll);
  EXPECT_EQ(poll.Slice(QuoteStarting(poll, "the economy").span), "the economy was their top issue");
  EXPECT_NE(SpeakerOf(poll, QuoteStarting(poll, "taxes were")), "Nearly half");
}

// "Trump at the time said", "voters in Iowa say": a noun phrase after a
// preposition is not the speaker alone; the phrase it modifies is.
TEST(ExtractQuotes, SpeakerPhraseRunsBackOverAPreposition) {
  ExpectOneQuote("Farmers in the valley say the drought is the worst in decades.",
                 "the drought is the worst in decades", "Farmers in the valley");
  Document doc = Doc("Mr. Ortiz at the time said he would not run again.");
  AddPeople(doc, {"Mr. Ortiz"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "he would not run")), "Mr. Ortiz at the time");
}

// "In addition, according to X, CLAUSE": after a short opener the clause
// that follows the source is what it says.
TEST(ExtractQuotes, AccordingToAfterAShortOpener) {
  ExpectOneQuote("In addition, according to the department, nine million workers will be protected.",
                 "nine million workers will be protected", "the department");
}

// Adjectives of stance report their preposition's object ("critical of")
// or their infinitive ("willing to"), held by the subject of the verb.
TEST(ExtractQuotes, StanceAdjectiveWithPrepositionOrInfinitive) {
  ExpectOneQuote("The council was critical of the new parking rules.", "the new parking rules", "The council");
  ExpectOneQuote("The union is willing to reopen the talks.", "to reopen the talks", "The union");
}

// The base form "call" reports what is called for, as "calls" does.
TEST(ExtractQuotes, BaseFormCallFor) {
  ExpectOneQuote("The mayor used her speech to call for a new stadium.", "a new stadium", "The mayor");
}

// "according to an analysis by X": the source runs through its agent.
TEST(ExtractQuotes, AccordingToRunsThroughTheAgent) {
  ExpectOneQuote("Turnout rose sharply this year, according to an analysis by the Pew Research Center.",
                 "Turnout rose sharply this year", "an analysis by the Pew Research Center");
}

// "with 50 percent saying ...": a participle after "with" and its noun
// phrase speaks for that phrase, not for the sentence subject.
TEST(ExtractQuotes, ParticipleAfterWithSpeaksForItsPhrase) {
  Document doc = Doc("Voters still favor the governor, with 50 percent saying she is prepared.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "she is prepared")), "50 percent");
}

// "Indeed, Ms. Park said ...": a lone capitalized adverb before the subject
// is skipped when looking for who speaks.
TEST(ExtractQuotes, LoneFrontedAdverbIsNoSubject) {
  Document doc = Doc("Indeed, Ms. Park walked out of the meeting, saying the plan was unfair.");
  AddPeople(doc, {"Ms. Park"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the plan was unfair")), "Ms. Park");
}

// A capitalized cue word that names nothing is still a cue: "Said X, ...",
// a headline's "Mayor Says ...".
TEST(ExtractQuotes, CapitalizedCueWord) {
  Document doc = Doc("Said Ana Ruiz, who grew up on the block, “We were all so proud of him.”");
  AddPeople(doc, {"Ana Ruiz"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We were all so proud")), "Ana Ruiz");
  Document headline = Doc("Mayor Says City Will Build New Bridge\n\nThe mayor spoke on Monday.");
  ExtractQuotes(headline);
  EXPECT_EQ(SpeakerOf(headline, QuoteStarting(headline, "City Will Build")), "Mayor");
}

// A paragraph that ends with a colon hands the quotation paragraph after it
// to its subject.
TEST(ExtractQuotes, ColonEndingThePreviousParagraph) {
  Document doc = Doc("Governor Ann Lee released the following statement:\n\n"
                     "“We mourn the loss of a great public servant and friend.”");
  AddPeople(doc, {"Ann Lee"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We mourn")), "Governor Ann Lee");
}

// What a sign or message "reads" is quoted from it.
TEST(ExtractQuotes, WhatASignReads) {
  Document doc = Doc("“No swimming after dark in any season,” the sign at the beach reads.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "No swimming")), "the sign at the beach");
}

// A quotation paragraph takes its speaker from the sentence before it even
// when that sentence ends in a partial quote of its own.
TEST(ExtractQuotes, PreviousSentenceEndingInAPartialQuote) {
  Document doc = Doc("Rosa Diaz shot back in a statement, saying she had “made money in bad markets.”\n\n"
                     "“Frankly, this is the kind of thinking our city needs.”");
  AddPeople(doc, {"Rosa Diaz"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Frankly")), "Rosa Diaz");
}

// A transcript turn runs on through its paragraph, up to a sentence that
// attributes something of its own.
TEST(ExtractQuotes, TranscriptTurnRunsToTheEndOfItsParagraph) {
  Document doc = Doc("Interview Transcript\n\nQ: Will rents keep rising next year?\n\n"
                     "A: We will build more homes. Many more of them. The council says it agrees with the plan.");
  ExtractQuotes(doc);
  const Quote& answer = QuoteStarting(doc, "We will build");
  EXPECT_EQ(doc.Slice(answer.span), "We will build more homes. Many more of them");
  EXPECT_EQ(SpeakerOf(doc, answer), "A");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "it agrees")), "The council");
}

// Verbs of judgement, recollection and naming report their object as the
// speech verbs do.
TEST(ExtractQuotes, VerbsOfJudgementAndNaming) {
  ExpectOneQuote("Most farmers consider the new tariff a betrayal.", "the new tariff a betrayal", "Most farmers");
  ExpectOneQuote("The senator portrayed the bill as a giveaway.", "the bill as a giveaway", "The senator");
  ExpectOneQuote("Local papers dubbed the storm the worst in a century.", "the storm the worst in a century",
                 "Local papers");
}

// Verbs that present a plan or hold a feeling about something report it.
TEST(ExtractQuotes, VerbsOfPresentingAndFeeling) {
  ExpectOneQuote("The party unveiled a new platform on Monday.", "a new platform on Monday", "The party");
  ExpectOneQuote("The governor credited the nurses with saving lives.", "the nurses with saving lives",
                 "The governor");
}

// Nouns of pleading and warning report what they are about, held by their
// possessor.
TEST(ExtractQuotes, NounsOfPleadingAndWarning) {
  Document doc = Doc("The chief repeated her plea for calm in the streets.");
  ExtractQuotes(doc);
  EXPECT_EQ(doc.Slice(QuoteStarting(doc, "calm").span), "calm in the streets");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "calm")), "her");
}

// Verbs that put out or compare a position report their object.
TEST(ExtractQuotes, VerbsThatPutOutOrCompare) {
  ExpectOneQuote("The ministry issued a warning to travelers on Friday.", "a warning to travelers on Friday",
                 "The ministry");
  ExpectOneQuote("The candidate compared the tax plan to a blank check.", "the tax plan to a blank check",
                 "The candidate");
}

// A capitalized quotation inside the reporter's words names a work, not
// words spoken, unless a cue or "titled" introduces it.
TEST(ExtractQuotes, CapitalizedPartialQuoteIsATitle) {
  Document doc = Doc("Budget talks began.\n\nThe senator told viewers of the network's “Morning Report With Dana” "
                     "that the budget would pass.");
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(doc.Slice(q.span), "Morning Report With Dana");
  Document titled = Doc("Budget talks began.\n\nShe wrote a memoir titled “The Long Road Home” last year.");
  ExtractQuotes(titled);
  const Quote& memoir = QuoteStarting(titled, "a memoir titled “The Long Road Home”");
  EXPECT_EQ(memoir.kind, QuoteKind::kPartial);
}

// "CLAUSE, said First Last, a long apposition, who ...": a name set off by a
// comma after an inverted cue speaks however long the apposition runs.
TEST(ExtractQuotes, InvertedSpeakerBeforeALongApposition) {
  Document doc = Doc("Nor are tariffs likely to bring these jobs back, said David Ortiz, a professor of economics at "
                     "the state university in the capital, who has studied the plants for years.");
  AddPeople(doc, {"David Ortiz"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Nor are tariffs")), "David Ortiz");
}

// "Conceding that ..., he warned ...": a participle opening the sentence
// reports up to its comma, held by the subject after it.
TEST(ExtractQuotes, OpeningParticipleIsTheMainSubjects) {
  Document doc = Doc("Conceding that a trade deal would come eventually, the minister warned against any delay.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "a trade deal");
  EXPECT_EQ(doc.Slice(q.span), "a trade deal would come eventually");
  EXPECT_EQ(SpeakerOf(doc, q), "the minister");
}

TEST(ExtractQuotes, NestedReportedSpeechIsAQuoteOfItsOwn) {
  Document doc = Doc("Austin said Singh told reporters that the troops were moving.");
  AddPeople(doc, {"Austin", "Singh"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  // Outer before inner: by start, the longer first.
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "Singh told reporters that the troops were moving");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Austin");
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "the troops were moving");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "Singh");
  EXPECT_EQ(doc.Slice(*doc.quotes[1].cue), "told");
}

TEST(ExtractQuotes, NestedTwoLevelsDeep) {
  Document doc = Doc("Austin said Singh told him that Lee believes the talks will fail.");
  AddPeople(doc, {"Austin", "Singh", "Lee"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 3u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Austin");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "Singh");
  EXPECT_EQ(doc.Slice(doc.quotes[2].span), "the talks will fail");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[2]), "Lee");
}

// "Austin said he wants to visit ...": what he wants is an attribution of
// its own inside what he said, with the same speaker.
TEST(ExtractQuotes, NestedQuoteOfTheSameSpeakerIsItsOwnAttribution) {
  Document doc = Doc("Austin said he wants to visit the troops in Poland.");
  AddPeople(doc, {"Austin"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "he wants to visit the troops in Poland");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Austin");
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "to visit the troops in Poland");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "he");
  EXPECT_EQ(doc.quotes[1].speaker_entity, doc.quotes[0].speaker_entity);
}

TEST(ExtractQuotes, CoordinatedVerbInsideAClauseIsNoNestedSpeaker) {
  // "and said" is Austin's own: "both Singh and Lee" is the object of "praised".
  Document doc = Doc("Austin praised both Singh and Lee and said the alliance was strong.");
  AddPeople(doc, {"Austin", "Singh", "Lee"});
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) EXPECT_EQ(SpeakerOf(doc, q), "Austin") << doc.Slice(q.span);
}

TEST(ExtractQuotes, ParticipleAfterANounIsNoNestedSpeaker) {
  Document doc = Doc("The ministry said Austin issued a statement saying the base would close.");
  AddPeople(doc, {"Austin"});
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(SpeakerOf(doc, q), "a statement") << doc.Slice(q.span);
}

// "was too focused on": a degree adverb stands between the verb and its
// auxiliary; it names no speaker.
TEST(ExtractQuotes, DegreeAdverbIsNoSpeaker) {
  Document doc = Doc("Christie was too focused on his campaign.");
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(SpeakerOf(doc, q), "too") << doc.Slice(q.span);
}

// The name inside a relative clause set off by commas is its object; the
// speaker is the name the clause describes.
TEST(ExtractQuotes, NameInsideRelativeClauseIsNoSpeaker) {
  Document doc = Doc("Senator Bernie Sanders, who on Tuesday endorsed Hillary Clinton, said Wednesday he agrees "
                     "with the judge's remarks.");
  AddPeople(doc, {"Bernie Sanders", "Hillary Clinton"});
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "he agrees");
  EXPECT_EQ(SpeakerOf(doc, q), "Senator Bernie Sanders");
}

// Of the names in an apposition before the cue, a person speaks rather than
// the organisation that describes them.
TEST(ExtractQuotes, PersonBeforeOrganisationInApposition) {
  Document doc = Doc("Giovanni Vian, the editor of the official newspaper, L'Osservatore Romano, said every pope "
                     "was both religious and political.");
  AddPeople(doc, {"Giovanni Vian"});
  const size_t at = doc.text.find("L'Osservatore Romano");
  doc.mentions.push_back({Span{uint32_t(at), uint32_t(at + 20)}, EntityType::kOrg, -1});
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  ResolveWithinDocument(doc);
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "every pope");
  EXPECT_EQ(SpeakerOf(doc, q), "Giovanni Vian");
}

// A verb of belief that needs "that" also reports a clause that leaves it
// out, known by its subject and auxiliary; a bare object is no clause.
TEST(ExtractQuotes, BeliefClauseWithoutThat) {
  Document doc = Doc("American officials hope the new technology can aid efforts on the border.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "the new technology can aid");
  EXPECT_EQ(SpeakerOf(doc, q), "American officials");

  Document intention = Doc("Many observers expect the agency to dial back the mandate.");
  ExtractQuotes(intention);
  EXPECT_EQ(SpeakerOf(intention, QuoteStarting(intention, "the agency to dial back")), "Many observers");

  Document object = Doc("He knew Meles well from their years in the mountains.");
  ExtractQuotes(object);
  EXPECT_TRUE(object.quotes.empty());
}

// An inverted speaker of a verb of saying may carry a long apposition or a
// relative clause; the clause before the comma is still theirs.
TEST(ExtractQuotes, InvertedSpeakerWithARelativeClause) {
  Document doc = Doc("Defending that terrain is squarely within his wheelhouse, said a handful of Democrats who "
                     "point to his strong relationships with union leaders across the industrial Midwest.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "Defending that terrain");
  EXPECT_EQ(SpeakerOf(doc, q), "a handful of Democrats");
}

// The phrase between a cue and its "that" may hold a show's title and a date.
TEST(ExtractQuotes, ShowTitleBetweenCueAndThat) {
  Document doc = Doc("Mr. Kaine said on NBC's “Meet the Press” on Sunday that Mr. Trump had shown disrespect to "
                     "the family.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "Mr. Trump had shown");
  EXPECT_EQ(SpeakerOf(doc, q), "Mr. Kaine");
}

// "It seems CLAUSE": an impersonal impression that leaves out "that".
TEST(ExtractQuotes, ImpersonalImpressionWithoutThat) {
  Document doc = Doc("She lost to Sanders in almost every group, but it seems the public's view of her is awful.");
  ExtractQuotes(doc);
  QuoteStarting(doc, "the public's view of her is awful");
}

// Verbs that imply, liken or project a position report what follows them.
TEST(ExtractQuotes, VerbsThatImplyOrLiken) {
  Document doc = Doc("Sanders likened the trade deal to a surrender of American jobs.");
  AddPeople(doc, {"Sanders"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the trade deal")), "Sanders");

  Document implied = Doc("She implied that Trump could lead to more radical upheaval than Clinton.");
  ExtractQuotes(implied);
  EXPECT_EQ(SpeakerOf(implied, QuoteStarting(implied, "Trump could lead")), "She");
}

// An adverb may stand between a verb and the preposition whose object is
// what was said.
TEST(ExtractQuotes, AdverbBeforeTheCuesPreposition) {
  Document doc = Doc("Lopez spoke briefly about the cancellation of his late night show.");
  AddPeople(doc, {"Lopez"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the cancellation of his late night show")), "Lopez");
}

// "in support of X", "in favor of X": a stance on X held by the clause's
// subject, whatever the verb before it.
TEST(ExtractQuotes, InSupportOfIsAStance) {
  Document doc = Doc("Since then, Sen. Graham has come out in support of Cruz, the choice of many party insiders.");
  AddPeople(doc, {"Graham", "Cruz"});
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "Cruz");
  EXPECT_EQ(doc.Slice(q.span), "Cruz");
  EXPECT_EQ(SpeakerOf(doc, q), "Sen. Graham");
}

// A fronted time phrase is no subject: "The day before, at a rally in
// Beaumont, Mr. Trump was just as blunt, claiming ...".
TEST(ExtractQuotes, FrontedTimePhraseIsNoSubject) {
  Document doc = Doc("The day before, at a rally in Beaumont, Mr. Trump was just as blunt, claiming that Obama "
                     "wanted to take in thousands of refugees.");
  AddPeople(doc, {"Mr. Trump", "Obama"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Obama wanted")), "Mr. Trump");
}

// "less than two weeks ago" between the speaker and the cue is a time, and
// a sentence's capitalized first word may be an adjective of its subject.
TEST(ExtractQuotes, AgoPhraseAndInitialAdjective) {
  Document doc = Doc("The State Department less than two weeks ago said that the emails held secret material.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the emails held")), "The State Department");

  Document initial = Doc("Federal investigators have no evidence to suggest that the hacker reached the server.");
  ExtractQuotes(initial);
  EXPECT_EQ(SpeakerOf(initial, QuoteStarting(initial, "the hacker reached")), "Federal investigators");
}

// A phrase of time or place after a cue says when or where, not what.
TEST(ExtractQuotes, TimeOrPlacePhraseIsNoContent) {
  Document doc = Doc("Clinton testified before the panel last fall.");
  AddPeople(doc, {"Clinton"});
  ExtractQuotes(doc);
  EXPECT_TRUE(doc.quotes.empty()) << doc.Slice(doc.quotes[0].span);

  Document least = Doc("CNN reported at least six planes filled the skies with messages.");
  ExtractQuotes(least);
  QuoteStarting(least, "at least six planes");
}

// "’s" after a pronoun is "is" or "has": "He’s predicting" is no possessive
// noun.
TEST(ExtractQuotes, ContractionAfterPronounIsAnAuxiliary) {
  Document doc = Doc("He’s predicting he will do very well in the next contest in Nevada.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "he will do very well")), "He");
}

// A verb of thought that needs "that" reports a plain object too when a
// named subject holds it; an unnamed subject's object is no thought.
TEST(ExtractQuotes, NamedSubjectsObjectOfThought) {
  Document doc = Doc("Trump repeated the story about the size of his crowds.");
  AddPeople(doc, {"Trump"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the story about the size")), "Trump");

  Document unnamed = Doc("The room felt the heat of the afternoon sun.");
  ExtractQuotes(unnamed);
  EXPECT_TRUE(unnamed.quotes.empty());
}

// "Bolton and Gorka both denounced": the floating quantifier stands for the
// names before it.
TEST(ExtractQuotes, FloatingQuantifierAfterNames) {
  Document doc = Doc("John Bolton and Sebastian Gorka both denounced the policy of the administration.");
  AddPeople(doc, {"John Bolton", "Sebastian Gorka"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the policy")), "Sebastian Gorka");
}

// Whom one calls something belongs to what is said: "called Trump
// “unhinged”" reports "Trump “unhinged”", not the epithet alone.
TEST(ExtractQuotes, WhomOneCallsSomethingIsPartOfIt) {
  Document doc = Doc("On Twitter, former Florida Gov. Jeb Bush called Trump unhinged and dangerous.");
  AddPeople(doc, {"Jeb Bush", "Trump"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Trump unhinged")), "former Florida Gov. Jeb Bush");
}

// A long fronted phrase before the subject is skipped to its comma.
TEST(ExtractQuotes, LongFrontedPhraseBeforeTheSubject) {
  Document doc = Doc("In response to the call to ban all refugees from entering the United States last week, "
                     "her closest adviser rallied supporters, saying the campaign had to be ready.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the campaign had to be ready")), "her closest adviser");
}

// "That’s according to X": the contraction's subject is what X reports.
TEST(ExtractQuotes, ThatsAccordingTo) {
  Document doc = Doc("That’s according to early results of exit polls conducted for the television networks "
                     "and the news agency.");
  ExtractQuotes(doc);
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "That");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]).substr(0, 13), "early results");
}

// An impression with a complement ("seemed certain to leave") reports as
// one with an infinitive; "appeared on television" is no impression.
TEST(ExtractQuotes, ImpressionWithAComplement) {
  Document doc = Doc("Before the chairman left, Ms. Kelly seemed certain to leave the network.");
  ExtractQuotes(doc);
  QuoteStarting(doc, "Ms. Kelly seemed certain");

  Document seen = Doc("Later that night, the senator appeared on television with his wife.");
  ExtractQuotes(seen);
  EXPECT_TRUE(seen.quotes.empty());
}

// Verbs that push for, answer, ignore or attribute a position report what
// follows them.
TEST(ExtractQuotes, VerbsThatPushOrAttribute) {
  Document doc = Doc("Senator Warren is pushing for a vote on the bill before the recess.");
  AddPeople(doc, {"Warren"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "a vote on the bill")), "Senator Warren");

  Document attributed = Doc("The governor attributed the loss to low turnout in the cities.");
  ExtractQuotes(attributed);
  EXPECT_EQ(SpeakerOf(attributed, QuoteStarting(attributed, "the loss to low turnout")), "The governor");
}

// A partial quote inside the clause its own cue reports is one attribution:
// the clause, reported once as a partial quote, not the quoted words again.
TEST(ExtractQuotes, PartialQuoteInsideItsReportedClauseIsOneQuote) {
  Document doc = Doc("The carmaker said the new coupe is “the most important car we have ever built” and will go on "
                     "sale in March.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span),
            "the new coupe is “the most important car we have ever built” and will go on sale in March");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "The carmaker");
}

// A quotation the clause reports under a cue of its own stays a quote of its
// own: "calling them ..." is what "calling" reports inside what "said" does.
TEST(ExtractQuotes, PartialQuoteWithItsOwnCueInsideAClauseStays) {
  Document doc = Doc("The senator said he would release his returns on Friday, calling them “very boring tax returns” "
                     "in an interview.");
  AddPeople(doc, {"The senator"});
  ExtractQuotes(doc);
  EXPECT_EQ(QuoteStarting(doc, "very boring tax returns").kind, QuoteKind::kPartial);
}

// A passive verb of judgment with no agent reports its whole clause, said by
// no one named; an open question and a sighting are no one's view.
TEST(ExtractQuotes, AgentlessPassiveOfJudgmentReportsItsClause) {
  Document doc = Doc("The governor's speech was widely seen as a bid for the nomination.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "The governor's speech was widely seen as a bid for the nomination");
  EXPECT_FALSE(doc.quotes[0].speaker.has_value());
  Document known = Doc("The senator is known for his blunt remarks about trade.");
  ExtractQuotes(known);
  ASSERT_EQ(known.quotes.size(), 1u);
  EXPECT_EQ(known.Slice(known.quotes[0].span), "The senator is known for his blunt remarks about trade");
  for (const char* text : {"It remains to be seen whether the deal will hold.",
                           "Martinez was seen leaving the building on Monday."}) {
    Document none = Doc(text);
    ExtractQuotes(none);
    EXPECT_TRUE(none.quotes.empty()) << text;
  }
}

// "are said to", "is believed to": hearsay about the subject, reported whole.
TEST(ExtractQuotes, SaidToBeReportsTheWholeClause) {
  Document doc = Doc("Several aides are said to be urging the senator to withdraw from the race.");
  ExtractQuotes(doc);
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "Several aides are said to be urging the senator to withdraw from the race");
  EXPECT_FALSE(doc.quotes[0].speaker.has_value());
}

// "said about half of ...": "about" before an amount opens the clause.
TEST(ExtractQuotes, AboutBeforeAnAmountOpensTheClause) {
  Document doc = Doc("The agency said about half of the new jobs were part-time.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "about half of the new jobs were part-time");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "The agency");
}

// "X's lawyer, Y, declined to comment": the intention is reported, not the
// noun phrase the name is set off from.
TEST(ExtractQuotes, DeclinedToCommentAfterAnAppositionReportsTheIntention) {
  Document doc = Doc("The mayor's lawyer, Ann Ortiz, declined to comment.");
  AddPeople(doc, {"Ann Ortiz"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "to comment");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Ann Ortiz");
}

// "into broad support, officials said": a cue word that can be a noun, after
// a modifier and before a comma, is a noun; the tag after it reports.
TEST(ExtractQuotes, NounCueBeforeACommaLeavesTheClauseToTheTag) {
  Document doc = Doc("The reform has turned skepticism into broad support, party officials said.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "The reform has turned skepticism into broad support");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "party officials");
}

// A tag set off by commas inside the clause it reports ("A, X said, B"):
// the clause is reported whole, for the tag's speaker; a fronted time
// before the tag is no clause of its own.
TEST(ExtractQuotes, ParentheticalTagReportsTheClauseAroundIt) {
  ExpectOneQuote("The permit, his campaign said, had been hard to get.",
                 "The permit, his campaign said, had been hard to get", "his campaign");
  ExpectOneQuote("A second vote, said Ana Ruiz, would only deepen the split.",
                 "A second vote, said Ana Ruiz, would only deepen the split", "Ana Ruiz");
  ExpectOneQuote("On Monday, the senator said, the talks would resume.", "the talks would resume", "the senator");
}

// "A, according to X, B": a source set off inside its clause holds all of
// it; an apposition on the source ends what it holds.
TEST(ExtractQuotes, AccordingToInsideItsClauseHoldsAllOfIt) {
  ExpectOneQuote("But the next day, according to the landlord, the tenants made further demands.",
                 "But the next day, according to the landlord, the tenants made further demands", "the landlord");
  ExpectOneQuote("Turnout fell in most counties, according to Votewatch, a monitoring group in the capital.",
                 "Turnout fell in most counties", "Votewatch");
}

// Cues that report what their preposition introduces: a vote for someone, a
// warning of something, a supporter of a cause. "vote" reports nothing
// without its preposition.
TEST(ExtractQuotes, CuesWithTheirPrepositionReportItsObject) {
  ExpectOneQuote("The delegates voted for the governor on the second ballot.", "the governor on the second ballot",
                 "The delegates");
  ExpectOneQuote("The mayor warned of deep cuts to the transit budget.", "deep cuts to the transit budget",
                 "The mayor");
  ExpectOneQuote("She is a longtime supporter of the trade agreement.", "the trade agreement", "She");
  Document plain = Doc("They went to vote on Tuesday morning.");
  ExtractQuotes(plain);
  EXPECT_TRUE(plain.quotes.empty());
}

// "CLAUSE, TITLE NAME said": the title run before the name is the speaker's,
// and the comma before it ends the clause; a semicolon after the tag ends
// what it reports, and the clause after it may report on its own.
TEST(ExtractQuotes, TagWithATitleRunOrASemicolonReportsTheClauseBefore) {
  Document title = Doc("Two children were among the passengers, foreign ministry spokesman Omar Haddad said.");
  AddPeople(title, {"Omar Haddad"});
  ExtractQuotes(title);
  ASSERT_EQ(title.quotes.size(), 1u);
  EXPECT_EQ(title.Slice(title.quotes[0].span), "Two children were among the passengers");
  EXPECT_EQ(SpeakerOf(title, title.quotes[0]), "foreign ministry spokesman Omar Haddad");
  Document semicolon = Doc("Candidates need a third of the rural vote, analysts say; in 2012, the governor said he "
                           "won less than that.");
  ExtractQuotes(semicolon);
  EXPECT_EQ(SpeakerOf(semicolon, QuoteStarting(semicolon, "Candidates need a third of the rural vote")), "analysts");
  EXPECT_EQ(SpeakerOf(semicolon, QuoteStarting(semicolon, "he won less than that")), "the governor");
}

// An adverb of hearsay reports its clause, subject included, with no
// speaker; a verb of saying in the sentence keeps the report its own.
TEST(ExtractQuotes, AdverbOfHearsayReportsItsClause) {
  ExpectOneQuote("The agency is reportedly preparing to interview the former director.",
                 "The agency is reportedly preparing to interview the former director", "");
  ExpectOneQuote("Reportedly, he made threats to his co-workers before the attack.",
                 "he made threats to his co-workers before the attack", "");
  Document told = Doc("The mayor reportedly told aides that the budget would not pass.");
  ExtractQuotes(told);
  EXPECT_EQ(SpeakerOf(told, QuoteStarting(told, "the budget would not pass")), "The mayor");
}

// A fronted "Asked why ..." runs to the comma before the verb that answers
// it, past the commas inside the question.
TEST(ExtractQuotes, FrontedQuestionRunsToTheCommaBeforeTheAnswer) {
  Document doc = Doc("Asked why the agency ignored the demand, in the same defense bill, that the report list the "
                     "sites, the spokesman responded that the law was vague.");
  ExtractQuotes(doc);
  EXPECT_EQ(doc.Slice(QuoteStarting(doc, "why the agency").span),
            "why the agency ignored the demand, in the same defense bill, that the report list the sites");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the law was vague")), "the spokesman");
}

// "X writes:" ending a paragraph before a paragraph with no quotation marks:
// a block quotation, X's own words; a list's heading quotes no one.
TEST(ExtractQuotes, ParagraphAfterAColonTagIsABlockQuotation) {
  Document doc = Doc("The columnist was not impressed.\n\nHewitt writes:\n\nThe film names neither the president "
                     "nor his secretary of state. The omission is deliberate.\n\nThe studio declined to comment.");
  ExtractQuotes(doc);
  const Quote& q = QuoteStarting(doc, "The film names neither");
  EXPECT_EQ(doc.Slice(q.span), "The film names neither the president nor his secretary of state. The omission is "
                               "deliberate");
  EXPECT_EQ(q.kind, QuoteKind::kDirect);
  EXPECT_EQ(SpeakerOf(doc, q), "Hewitt");
  Document list = Doc("The race tightened.\n\nHere is what we learned:\n\nTurnout was higher than in 2012.");
  ExtractQuotes(list);
  for (const Quote& l : list.quotes) EXPECT_FALSE(list.Slice(l.span).starts_with("Turnout")) << list.Slice(l.span);
}

TEST(ExtractQuotes, AYearBeforeTheCueIsATimeNotTheSpeaker) {
  Document doc = Doc("It would take years to challenge Disney, which in 2004 reported revenues of $30bn.");
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes)
    if (q.speaker) EXPECT_EQ(doc.Slice(*q.speaker).find("2004"), std::string_view::npos) << doc.Slice(*q.speaker);
}

// Inside someone's reported words, what others want is part of what is
// reported, not a statement of theirs; an intention with "to" still is one.
TEST(ExtractQuotes, WantingAnObjectInsideReportedSpeechIsNoQuoteOfItsOwn) {
  ExpectOneQuote("The union said pilots wanted a 10% raise and better rosters.",
                 "pilots wanted a 10% raise and better rosters", "The union");
  Document doc = Doc("The airline said its pilots wanted to strike before Easter.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "to strike before Easter")), "its pilots");
}

// Declaring something to be something is an act, not a statement; declaring
// that something is so still reports it.
TEST(ExtractQuotes, DeclaringAnObjectSomethingReportsNothingSaid) {
  Document act = Doc("After the floods, the government declared the valley a disaster zone.");
  ExtractQuotes(act);
  EXPECT_TRUE(act.quotes.empty()) << act.Slice(act.quotes[0].span);
  ExpectOneQuote("The minister said the government had declared the valley a disaster zone.",
                 "the government had declared the valley a disaster zone", "The minister");
  ExpectOneQuote("The mayor declared that the town would rebuild every home.", "the town would rebuild every home",
                 "The mayor");
}

// A speaker is a whole noun phrase that can be the cue's subject, not a
// fragment: after "an international awards" the cue word "show" is the
// phrase's head noun; "plans" after a modal and its verb, "hopes" after a
// gerund and "talks" after "held" are objects; a hyphenated head is whole.
TEST(ExtractQuotes, AFragmentOfANounPhraseIsNoSpeaker) {
  Document doc = Doc("At an international awards show on Sunday, the singer said: \"I never expected to win "
                     "this.\"");
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(SpeakerOf(doc, q), "an international awards");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "I never expected")), "the singer");
  Document plans = Doc("The brewer could unveil plans to sell its pub estate next week.");
  ExtractQuotes(plans);
  for (const Quote& q : plans.quotes) EXPECT_NE(SpeakerOf(plans, q), "The brewer could unveil");
  Document hopes = Doc("Exports rose 2% in March, boosting hopes the slump is over.");
  ExtractQuotes(hopes);
  EXPECT_TRUE(hopes.quotes.empty()) << SpeakerOf(hopes, hopes.quotes[0]);
  ExpectOneQuote("A spokesman for the airline says the flights will resume on Monday.",
                 "the flights will resume on Monday", "A spokesman for the airline");
  Document talks = Doc("The two clubs held talks about a transfer. The board has no plans to sell the ground.");
  ExtractQuotes(talks);
  for (const Quote& q : talks.quotes) ADD_FAILURE() << SpeakerOf(talks, q) << ": " << talks.Slice(q.span);
  ExpectOneQuote("The 35-year-old said a hamstring injury had slowed him.", "a hamstring injury had slowed him",
                 "The 35-year-old");
}

// The common BBC layout: a paragraph that is wholly a quotation continues
// the speaker of the quote in the paragraph before it.
TEST(ExtractQuotes, QuotationParagraphContinuesTheSpeakerBeforeIt) {
  Document doc = Doc("\"The results are very encouraging,\" she said.\n\n\"We will keep working to make sure every "
                     "patient is seen quickly.\"\n\nThe opposition disputed the figures.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We will keep working")), "she");
}

// A quote that runs on from an earlier paragraph and is tagged in this one
// passes its speaker to the untagged quote after it in the paragraph.
TEST(ExtractQuotes, QuoteRunningOnFromAnEarlierParagraphPassesItsSpeakerOn) {
  Document doc = Doc("\"When the storm hit, we asked ourselves if we should cancel,\" said the festival's director, "
                     "Anna Berg. \"The decision was made that we would go on.\n\n\"Our premieres became "
                     "fundraisers,\" she continued. \"But we feel we have turned a page.\"");
  AddPeople(doc, {"Anna Berg"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "But we feel")), "she");
}

// A quotation that opens its sentence, with no cue of its own, continues
// the named speaker of the sentence before it in its paragraph.
TEST(ExtractQuotes, QuoteOpeningItsSentenceContinuesThePreviousSentencesSpeaker) {
  Document doc = Doc("Ms Kowalska said prosecutors had drawn up a list of 3,000 firms. \"We will return to the state "
                     "what was taken from it.\"");
  AddPeople(doc, {"Kowalska"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We will return")), "Ms Kowalska");
  Document no_cue = Doc("The minister left early. \"We will return to the state what was taken from it.\"");
  ExtractQuotes(no_cue);
  EXPECT_EQ(SpeakerOf(no_cue, QuoteStarting(no_cue, "We will return")), "");
}

// "... meeting. "It is ...": a straight mark opening a sentence inside an
// open straight quotation starts the next quotation (the first was left
// open), and both are the same speaker's.
TEST(ExtractQuotes, StraightMarkOpeningASentenceStartsTheNextQuotation) {
  Document doc = Doc("He said the party had suspended the candidate. \"None of this came up at the meeting. \"It is "
                     "simply a distraction from the campaign.\" Officials declined to comment.");
  ExtractQuotes(doc);
  const Quote& first = QuoteStarting(doc, "None of this");
  EXPECT_EQ(doc.Slice(first.span), "None of this came up at the meeting.");
  EXPECT_EQ(SpeakerOf(doc, first), "He");
  const Quote& second = QuoteStarting(doc, "It is simply");
  EXPECT_EQ(doc.Slice(second.span), "It is simply a distraction from the campaign.");
  EXPECT_EQ(SpeakerOf(doc, second), "He");
}

// A fronted "To X," names who holds the view its clause states, when X
// names someone or a group of people; "To be sure" names no one.
TEST(ExtractQuotes, FrontedToNamesWhoHoldsTheView) {
  Document doc = Doc("To Ms. Gil, skateboarding is a cry of dissent against the city. To be sure, the council has "
                     "other plans. To Ashley, of Swindon: the wage was worth something then.");
  AddPeople(doc, {"Gil"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "skateboarding is a cry of dissent against the city");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Ms. Gil");
}

// A headline "X: ..." speaks for X when X is a source noun or a name the
// article gives a person, though the headline's capitals hide it.
TEST(ExtractQuotes, HeadlineColonAfterASourceOrANamedPerson) {
  Document survey = Doc("Survey: Most voters back the new rail link\n\nThe line would open in 2030.");
  ExtractQuotes(survey);
  EXPECT_EQ(SpeakerOf(survey, QuoteStarting(survey, "Most voters back")), "Survey");
  Document name = Doc("Haddad: Talks with the union have stalled\n\nUnion leader Omar Haddad said on Monday that "
                      "the talks had stalled.");
  AddPeople(name, {"Omar Haddad"});
  ExtractQuotes(name);
  EXPECT_EQ(SpeakerOf(name, QuoteStarting(name, "Talks with the union")), "Haddad");
  Document kicker = Doc("Latest: Talks with the union have stalled\n\nThe talks stalled on Monday.");
  ExtractQuotes(kicker);
  for (const Quote& q : kicker.quotes) EXPECT_FALSE(kicker.Slice(q.span).starts_with("Talks with"));
}

// "X, whose budget has faced questions about Y, said that Z": the clause a
// cue inside the apposition reports ends where the main verb of saying
// resumes, and Z is X's.
TEST(ExtractQuotes, MainVerbOfSayingAfterAnAppositionEndsTheClauseBefore) {
  Document doc = Doc("Brian Foley, a spokesman for the council, whose budget has faced questions about the cost of "
                     "the bridge, said that the project would go ahead.");
  AddPeople(doc, {"Brian Foley"});
  ExtractQuotes(doc);
  EXPECT_EQ(doc.Slice(QuoteStarting(doc, "the cost").span), "the cost of the bridge");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the project would go ahead")), "Brian Foley");
}

// "says Clinton ran a campaign in Nevada that ...": the name after the cue
// opens the clause when a past tense follows it; the "that" further on is
// a relative pronoun inside the clause.
TEST(ExtractQuotes, NameAndPastTenseAfterTheCueOpenTheClause) {
  ExpectOneQuote("The coach says Rovers played a careful game in Leeds that earned them a point.",
                 "Rovers played a careful game in Leeds that earned them a point", "The coach");
  Document doc = Doc("The minister told Sky News on Sunday that the talks would resume.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the talks would resume")), "The minister");
}

// An inverted speaker never opens with a preposition: "warned of a
// “ferocious” battle" names no speaker "of a".
TEST(ExtractQuotes, APrepositionOpensNoInvertedSpeaker) {
  Document doc = Doc("A union official, who backs the strike, warned of a \"ferocious\" dispute ahead.");
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(SpeakerOf(doc, q), "of a");
}

// "the TV show “Quiz Night”" is a title, not what a show said: a cue word
// after an article or a capitalized modifier is a noun, and the quote after
// the title keeps the speaker before it.
TEST(ExtractQuotes, TitleAfterACueWordUsedAsANounQuotesNoOne) {
  Document doc = Doc("Ticket sales were slow.\n\n\"It's too early to tell,\" said Ms Price, who also hosts the TV "
                     "show \"Quiz Night.\" \"Much depends on who wins the election.\"");
  AddPeople(doc, {"Ms Price"});
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(doc.Slice(q.span), "Quiz Night.");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Much depends")), "Ms Price");
  Document chant = Doc("The rally was loud.\n\nSome chanted \"Jobs now!\" as the mayor spoke.");
  ExtractQuotes(chant);
  EXPECT_EQ(SpeakerOf(chant, QuoteStarting(chant, "\"Jobs now!\"")), "Some");
}

// An inverted speaker may carry a number before its head: "said a 2008
// campaign veteran", "said the 74-year-old comedian".
TEST(ExtractQuotes, InvertedSpeakerWithANumberBeforeItsHead) {
  Document doc = Doc("\"She did not like that,\" said a 2008 campaign veteran.");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "a 2008 campaign veteran");
  Document age = Doc("\"It is just laughing at each other,\" said the 74-year-old comedian.");
  ExtractQuotes(age);
  ASSERT_EQ(age.quotes.size(), 1u);
  EXPECT_EQ(SpeakerOf(age, age.quotes[0]), "the 74-year-old comedian");
}

// "..., new fundraising reports show": a cue word in -s before a verb is
// that verb's subject; a second attribution right after a tag ends the
// clause the tag reports.
TEST(ExtractQuotes, PluralCueWordBeforeAVerbIsItsSubject) {
  ExpectOneQuote("Ticket sales rose by a third in March, new club accounts show.",
                 "Ticket sales rose by a third in March", "new club accounts");
  Document doc = Doc("The stadium was insured for $35m in 2011, records show, and surveyors say it is now worth less.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "The stadium was insured")), "records");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "it is now worth less")), "surveyors");
}

// A survey named before its last word ("a survey of bus drivers") still
// reports its findings without "that".
TEST(ExtractQuotes, SurveyWithAnOfPhraseReportsItsFindings) {
  Document doc = Doc("A survey of bus drivers found most of them unhappy with the new rota.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "most of them unhappy")), "A survey of bus drivers");
}

// "A, while 9 percent found B": a share of those polled reports its
// finding without "that", as a second attribution in the sentence.
TEST(ExtractQuotes, ShareOfThosePolledReportsItsFindingWithoutThat) {
  Document doc = Doc("Forty percent said the fare rise was fair, while 12 percent found it too steep.");
  ExtractQuotes(doc);
  EXPECT_EQ(doc.Slice(QuoteStarting(doc, "the fare rise").span), "the fare rise was fair");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "it too steep")), "12 percent");
}

// "found considerable support for": the cue word with its preposition after
// a lower-case singular modifier is a noun, held by the clause subject.
TEST(ExtractQuotes, ModifierBeforeANounCueWithItsPrepositionIsNoSpeaker) {
  ExpectOneQuote("The union found considerable support for a strike among drivers.", "a strike among drivers",
                 "The union");
}

// "The proposal has drawn harsh criticism from councillors": a stance
// received is taken on the subject of the verb receiving it, held by the
// "from" phrase; a possessor before the noun holds the stance instead.
TEST(ExtractQuotes, StanceReceivedIsOnTheSubjectOfTheVerb) {
  ExpectOneQuote("The proposal has drawn harsh criticism from local councillors.", "The proposal",
                 "local councillors");
  ExpectOneQuote("The new stadium came under heavy criticism from residents last year.", "The new stadium",
                 "residents");
  ExpectOneQuote("The mayor drew broad support among union members.", "The mayor", "union members");
  Document own = Doc("The mayor has thrown his support behind the plan.");
  ExtractQuotes(own);
  for (const Quote& q : own.quotes) EXPECT_NE(own.Slice(q.span), "The mayor");
}

// "Adelson, a fierce supporter of X", "Ms Jones is an outspoken supporter
// of X": one who holds a stance, in an apposition or a predicate, is the
// noun phrase it describes.
TEST(ExtractQuotes, SupporterInAnAppositionOrPredicateIsWhoItDescribes) {
  Document doc = Doc("The largest gift was from Sheldon Adelson, a fierce supporter of the new stadium.");
  AddPeople(doc, {"Sheldon Adelson"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the new stadium")), "Sheldon Adelson");
  ExpectOneQuote("Ms Jones is an outspoken supporter of the new stadium.", "the new stadium", "Ms Jones");
  Document claim = Doc("He left to serve in the army, a claim that the club disputes.");
  ExtractQuotes(claim);
  for (const Quote& q : claim.quotes) EXPECT_NE(SpeakerOf(claim, q), "the army");
}

// "workers here said", "said in politics it takes time": an adverb of place
// stands between speaker and cue, and a short phrase may open the clause
// before its subject pronoun.
TEST(ExtractQuotes, PlaceAdverbBeforeTheCueAndPhraseOpeningTheClause) {
  ExpectOneQuote("Her campaign workers here said they have been canvassing since the spring.",
                 "they have been canvassing since the spring", "Her campaign workers");
  ExpectOneQuote("The manager said in football it takes time to build a squad.",
                 "in football it takes time to build a squad", "The manager");
}

// "X, a Republican who has refused to endorse Y, said Z deserved better":
// the speaker is X, not the object of the relative clause, nor the noun
// phrase after the cue that runs into the clause's past tense.
TEST(ExtractQuotes, ObjectOfARelativeClauseInAnAppositionIsNoSpeaker) {
  Document doc = Doc("But Omar Haddad, a councillor who has refused to back Ms Price, said the Khan family "
                     "deserved better.");
  AddPeople(doc, {"Omar Haddad", "Ms Price"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the Khan family deserved better")), "Omar Haddad");
}

// "Investors see a one-in-five chance of a cut": what a named holder or a
// pronoun sees is a view, reported without "that".
TEST(ExtractQuotes, WhatSomeoneSeesIsAView) {
  ExpectOneQuote("They see a one-in-five chance of a rate cut this year.", "a one-in-five chance of a rate cut this year",
                 "They");
}

// "270 pledged delegates", "a charity called Safe Streets": a participle
// between a number and a noun is an adjective, and "called" with a name
// after an indefinite noun phrase names the thing; neither reports speech.
TEST(ExtractQuotes, ParticipleAsAdjectiveOrNameReportsNothing) {
  for (const char* text : {"She now leads by roughly 270 pledged delegates in the count.",
                           "He now runs a charity called Safe Streets in the city."}) {
    Document doc = Doc(text);
    ExtractQuotes(doc);
    for (const Quote& q : doc.quotes) ADD_FAILURE() << text << " -> " << doc.Slice(q.span);
  }
  ExpectOneQuote("The mayor called Mr Hale a liar on Monday.", "Mr Hale a liar on Monday", "The mayor");
}

// "the reality show", "a TV show": these cue words after a singular noun
// head a compound and report nothing; plural or mass subjects still do
// ("data show", "polls show").
TEST(ExtractQuotes, CueWordHeadingACompoundReportsNothing) {
  Document doc = Doc("She was the star of the reality show Cake Street for six years.");
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) ADD_FAILURE() << SpeakerOf(doc, q) << ": " << doc.Slice(q.span);
  ExpectOneQuote("Data show that the average fare rose by a fifth.", "the average fare rose by a fifth", "Data");
}

// "he began dismissing", "laid off staff and began talking about": a verb
// of beginning before a gerund shares its subject; "worth of planned ads"
// is an adjective, no report.
TEST(ExtractQuotes, VerbOfBeginningBeforeAGerundSharesItsSubject) {
  Document doc = Doc("Then he began dismissing the notion that experience mattered.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the notion")), "he");
  ExpectOneQuote("He laid off 200 staff and began talking about what will happen next.", "what will happen next",
                 "He");
  Document ads = Doc("The group cancelled $500,000 worth of planned radio ads.");
  ExtractQuotes(ads);
  for (const Quote& q : ads.quotes) ADD_FAILURE() << ads.Slice(q.span);
}

// Unnamed sources of the wire: "people familiar with the matter", "a source
// close to him", "a former spokesman for the ministry". The phrase after the
// head is part of the speaker, on either side of the verb, and a name in
// apposition at the end is no clause resumed after the tag.
TEST(ExtractQuotes, UnnamedSourceKeepsThePhraseThatDescribesIt) {
  ExpectOneQuote("The company is preparing a bid for the port operator, people familiar with the matter said.",
                 "The company is preparing a bid for the port operator", "people familiar with the matter");
  ExpectOneQuote("Ruiz will step down next year, a source close to him said.", "Ruiz will step down next year",
                 "a source close to him");
  ExpectOneQuote("A person familiar with the talks said the two sides were close to a deal.",
                 "the two sides were close to a deal", "A person familiar with the talks");
  ExpectOneQuote("The two sides are close to a deal, said a person briefed on the talks.",
                 "The two sides are close to a deal", "a person briefed on the talks");
  ExpectOneQuote("He also had a say in the ministry's investments, said a former spokesman for the ministry, Oleg "
                 "Petrenko.",
                 "He also had a say in the ministry's investments", "a former spokesman for the ministry");
}

// "said in a statement Thursday night they pulled the listing": a subject
// pronoun after the phrase that follows the verb opens the reported clause
// as "that" would; a relative clause on the phrase ("a statement it issued
// Monday that ...") does not.
TEST(ExtractQuotes, SubjectPronounAfterAPhraseOpensTheClause) {
  ExpectOneQuote("The auction site said in a statement Thursday night they pulled the listing.", "they pulled the listing",
                 "The auction site");
  Document doc = Doc("The agency said in a statement it issued Monday that the plant was safe.");
  ExtractQuotes(doc);
  QuoteStarting(doc, "the plant was safe");
  for (const Quote& q : doc.quotes) EXPECT_FALSE(doc.Slice(q.span).starts_with("it issued")) << doc.Slice(q.span);
}

// A short quotation that is a sentence of its own after a quote with its
// speaker is one more sentence of theirs; a short fragment with no speaker
// around it stays scare quotes.
TEST(ExtractQuotes, ShortQuotedSentenceAfterAQuoteIsTheSameSpeakers) {
  Document doc = Doc("“This is a tragedy,” said Maria Lopez, 42, a nurse who lives nearby. “Nobody warned us.”");
  AddPeople(doc, {"Maria Lopez"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[1].span), "Nobody warned us.");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "Maria Lopez");
  Document scare = Doc("The so-called “peace dividend” never came.");
  ExtractQuotes(scare);
  EXPECT_TRUE(scare.quotes.empty());
}

// "The report, published on Monday by the agency, said": a participle in
// an apposition with its agent after a time is a passive and reports
// nothing; "spoke on Friday about" still reports what "about" introduces.
TEST(ExtractQuotes, PassiveParticipleAfterATimeReportsNothing) {
  ExpectOneQuote("The report, published on Monday by the U.N. refugee agency, said more than 2 million people had "
                 "fled.",
                 "more than 2 million people had fled", "The report");
  ExpectOneQuote("She spoke on Friday about the plan to close the plant.", "the plan to close the plant", "She");
}

// "up from 50 billion rupiah pledged last week": a participle on the older
// figure of a change is an adjective; the sentence is the minister's.
TEST(ExtractQuotes, ParticipleOnTheOlderFigureOfAChangeIsNoCue) {
  ExpectOneQuote("The government has set aside 150 billion rupiah for relief, up from 50 billion rupiah pledged last "
                 "week, Finance Minister Sri Mulyani Indrawati told reporters.",
                 "The government has set aside 150 billion rupiah for relief, up from 50 billion rupiah pledged last week",
                 "Finance Minister Sri Mulyani Indrawati");
}

// "told a news conference the talks would resume": one tells someone first,
// so a short noun phrase before the clause is the addressee, not what was
// said; "told the story of his escape" has no clause and tells the story.
TEST(ExtractQuotes, AddresseeOfToldIsNotWhatWasSaid) {
  ExpectOneQuote("She told a news conference the talks would resume on Monday.", "the talks would resume on Monday",
                 "She");
  ExpectOneQuote("The minister told parliament the budget would be cut.", "the budget would be cut", "The minister");
  ExpectOneQuote("He told the story of his escape.", "the story of his escape", "He");
}

// "accusing them of trying to “internationalize”": a participle after the
// clause speaks for the sentence's subject, title and name together, not
// for a noun phrase before a cue word used as a noun ("demands for talks").
TEST(ExtractQuotes, ParticipleAfterTheClauseSpeaksForTheTitledSubject) {
  Document doc = Doc("Cambodian leader Hun Sen on Friday rejected opposition demands for talks outside the country, "
                     "accusing them of trying to “internationalize” the political crisis.");
  AddPeople(doc, {"Hun Sen"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "internationalize")), "Cambodian leader Hun Sen");
}

// "two alleged attempts", "has prompted fears the toll could rise": a
// participle after a count is an adjective, and a cue word after "has" and
// a participle is that verb's object; neither has a speaker.
TEST(ExtractQuotes, CueWordsUsedAsAdjectiveOrObjectHaveNoSpeaker) {
  for (const char* text : {"The arrests followed two alleged attempts on his life.",
                           "The discovery of 20 bodies has prompted fears the death toll could be much higher."}) {
    Document doc = Doc(text);
    ExtractQuotes(doc);
    for (const Quote& q : doc.quotes) ADD_FAILURE() << text << " -> " << SpeakerOf(doc, q) << ": " << doc.Slice(q.span);
  }
}

// "with some reporting smoke and others saying": a quantifier before a
// participle is its subject; "identified by midday" names a time, no
// agent; "a noisy and informed debate" is an adjective, no report.
TEST(ExtractQuotes, QuantifierSpeaksForItsParticipleAndTimesAreNoAgents) {
  Document accounts = Doc("Witness accounts have varied widely, with some reporting smoke coming from the cellar and "
                          "others saying the fire appeared to start in the ceiling.");
  ExtractQuotes(accounts);
  EXPECT_EQ(SpeakerOf(accounts, QuoteStarting(accounts, "the fire appeared")), "others");
  for (const char* text : {"Only 18 of the dead had been identified by midday.",
                           "A noisy and informed debate about complicity in the crimes is necessary."}) {
    Document doc = Doc(text);
    ExtractQuotes(doc);
    for (const Quote& q : doc.quotes) ADD_FAILURE() << text << " -> " << SpeakerOf(doc, q) << ": " << doc.Slice(q.span);
  }
  Document told = Doc("Gillibrand told host Chris Cuomo she believed the transcript would be released.");
  ExtractQuotes(told);
  EXPECT_EQ(SpeakerOf(told, QuoteStarting(told, "she believed the transcript")), "Gillibrand");
}

// "according to one of his senior aides", "said one of the negotiators":
// a share of a group is the source, group and all; "because, according to
// Trump, the media would ..." holds the clause after it, a verb telling it
// from an apposition on the source.
TEST(ExtractQuotes, AccordingToAShareOfAGroupOrInsideAClause) {
  ExpectOneQuote("Sanders is also joining the lawsuit, according to one of his senior aides.",
                 "Sanders is also joining the lawsuit", "one of his senior aides");
  ExpectOneQuote("The deal is close, said one of the negotiators.", "The deal is close", "one of the negotiators");
  Document doc = Doc("He will skip the debate because, according to Trump, the media would treat him unfairly.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the media would treat him unfairly")), "Trump");
  ExpectOneQuote("The post was shared 2,000 times, according to CrowdTangle, a social analytics tool.",
                 "The post was shared 2,000 times", "CrowdTangle");
}

// With no gender known, a pronoun is the most salient person's: the first
// person of the nearest sentence naming one, usually its subject, not a
// possessor ("Berg's deputy") nor whoever is named inside a quotation.
TEST(ExtractQuotes, PronounOfUnknownGenderIsTheNearestSubject) {
  Document doc = Doc("Foreign Minister Anna Berg met her counterpart, Foreign Minister Piotr Nowak, in Vienna on "
                     "Monday. She said the talks had been difficult.\n\n"
                     "Berg's deputy, Johan Ek, was more cautious. He said no date had been agreed.");
  AddPeople(doc, {"Anna Berg", "Piotr Nowak", "Berg", "Johan Ek"});
  ExtractQuotes(doc);
  const Quote& talks = QuoteStarting(doc, "the talks had been difficult");
  ASSERT_GE(talks.speaker_entity, 0);
  EXPECT_EQ(doc.entities[talks.speaker_entity].name, "Anna Berg");
  const Quote& date = QuoteStarting(doc, "no date had been agreed");
  ASSERT_GE(date.speaker_entity, 0);
  EXPECT_EQ(doc.entities[date.speaker_entity].name, "Johan Ek");
}

// "A government spokeswoman, Maria Lind, said": a title opening the
// sentence before the name gives her gender, so "she" after a later
// quotation is hers, not the minister's her clause names.
TEST(ExtractQuotes, TitleBeforeTheNameGivesTheGender) {
  Document doc = Doc("Anna Berg spoke first.\n\nA government spokeswoman, Maria Lind, said Nowak would brief "
                     "parliament. Nowak declined to comment. “The minister remains hopeful,” she said.");
  AddPeople(doc, {"Anna Berg", "Maria Lind", "Nowak"});
  ExtractQuotes(doc);
  const Quote& hopeful = QuoteStarting(doc, "The minister remains hopeful");
  ASSERT_GE(hopeful.speaker_entity, 0);
  EXPECT_EQ(doc.entities[hopeful.speaker_entity].name, "Maria Lind");
}

// "Berg said the talks had been “frank but difficult.”": after an article
// a cue word is a noun; the partial quote is Berg's, through "said".
TEST(ExtractQuotes, CueWordAfterAnArticleDoesNotIntroduceAQuotation) {
  Document doc = Doc("Berg said the talks had been “frank but difficult.”");
  ExtractQuotes(doc);
  const Quote& frank = QuoteStarting(doc, "frank but difficult");
  EXPECT_EQ(SpeakerOf(doc, frank), "Berg");
  EXPECT_EQ(doc.Slice(*frank.cue), "said");
}

// "according to a statement from the European Commission", "said a report
// by the agency": after a determiner a cue word is the source's noun.
TEST(ExtractQuotes, CueWordAfterADeterminerHeadsTheSource) {
  ExpectOneQuote("The union will send two planes, according to a statement from the commission.",
                 "The union will send two planes", "a statement from the commission");
  ExpectOneQuote("Prices rose in October, said a report by the agency.", "Prices rose in October",
                 "a report by the agency");
}

// "The company, which is based in Austin, Texas, said": the state set off
// by commas inside the aside is no speaker; the subject is.
TEST(ExtractQuotes, PlaceInsideAnAsideIsNoSpeaker) {
  Document doc = Doc("The company, which is based in Austin, Texas, said it expected profits to rise.");
  doc.mentions = {{Span{31, 37}, EntityType::kPlace, -1}, {Span{39, 44}, EntityType::kPlace, -1}};  // Austin, Texas
  ResolveWithinDocument(doc);
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "it expected profits")), "The company");
}


// "a flurry of tweets", "a surprise 5-4 decision": a cue noun that is a
// verb's object, after "of" or after figures, belongs to that verb's
// subject, not to the words before it; a possessor keeps it across a year.
TEST(ExtractQuotes, CueNounAsObjectBelongsToTheVerbsSubject) {
  ExpectOneQuote("Hours after the debate, Trump unleashed a flurry of tweets attacking the moderator.",
                 "attacking the moderator", "Trump");
  ExpectOneQuote("The plan stalled in February when the Supreme Court made a surprise 5-4 decision to halt it.",
                 "to halt it", "the Supreme Court");
  ExpectOneQuote("The law undermines the Supreme Court's 2015 decision to legalize same-sex marriage.",
                 "to legalize same-sex marriage", "the Supreme Court");
}


// A round-up of reactions signs each quotation with a dash and a name; the
// name is the quotation's speaker, not the next one's.
TEST(ExtractQuotes, DashAndNameSignTheQuotationBefore) {
  Document doc = Doc("Readers wrote in after the debate.\n\n"
                     "“He was a bully tonight.” ― Veronica Cruz “Maybe we can build a wall around him.” ― Jorge "
                     "Falcon\n\n“I would rather live anywhere else.” — Adriana Rodarte, Texas");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "He was a bully")), "Veronica Cruz");
  EXPECT_EQ(QuoteStarting(doc, "Maybe we can").kind, QuoteKind::kDirect);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Maybe we can")), "Jorge Falcon");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "I would rather")), "Adriana Rodarte");
}

// "Getty. ”Mr. Trump ...”": a closing mark typed for the opening one still
// opens, so the quotations after it pair with the right marks.
TEST(ExtractQuotes, ClosingMarkGluedToAWordAfterSpaceOpens) {
  Document doc = Doc("Photo: Getty. ”Mr. Trump has empowered the worst of us,” said Ana Ruiz. "
                     "“He has to stop,” said Luis Vega.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Mr. Trump has empowered")), "Ana Ruiz");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "He has to stop")), "Luis Vega");
}


// "As X puts it, “...”"; "As X, an expert on Syria, noted, “...”"; "after
// Mr. Trump, asked about it, had said, “...”"; "he began by saying, “...”":
// the speaker opens a clause of its own before the quotation.
TEST(ExtractQuotes, SpeakerOpeningAClauseBeforeTheQuotation) {
  ExpectOneQuote("As the senator's aide Dana Miller puts it, “Nobody here is in a hurry.”", "Nobody here is in a hurry.",
                 "Dana Miller");
  Document doc = Doc("As Andrew Tabler, an expert on Syria at the Washington Institute, noted, “Everyone is waiting.” "
                     "The row grew after Mr. Trump, asked about the deaths, had said, “We do plenty of killing too.” "
                     "When he returned he began by saying, “I see no need for jail.”");
  AddPeople(doc, {"Andrew Tabler", "Mr. Trump"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Everyone is waiting")), "Andrew Tabler");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "We do plenty")), "Mr. Trump");
  EXPECT_EQ(doc.Slice(*QuoteStarting(doc, "I see no need").speaker), "he");
}


// "Republicans never bought the idea that ...": a belief stated as a clause
// that no one holds by name is set out by whoever takes it up, across a
// particle.
TEST(ExtractQuotes, BeliefNobodyHoldsIsTheSubjectsWhoTakesItUp) {
  ExpectOneQuote("At the time, Republicans never bought the idea that the law would collapse.",
                 "the law would collapse", "Republicans");
  ExpectOneQuote("Democratic leaders are putting out a warning that future leaks could include forgeries.",
                 "future leaks could include forgeries", "Democratic leaders");
}


// "As Mitchell tried to discuss", "Trump's initial failure to denounce": an
// infinitive is its verb's named subject's or its noun's possessor's; not
// a named place's before it ("gathered at Sully's Bar & Grill to talk").
TEST(ExtractQuotes, InfinitiveBelongsToItsVerbsSubjectOrItsNounsPossessor) {
  Document doc = Doc("As Mitchell tried to discuss the challenges facing Clinton, Sanders cut her off. "
                     "Voters were angered by Trump's initial failure to denounce white supremacist groups. "
                     "Carrier workers gathered at Sully's Bar & Grill to talk about the factory.");
  AddPeople(doc, {"Mitchell", "Clinton", "Sanders", "Trump"});
  doc.mentions.push_back({Span{uint32_t(doc.text.find("Sully")), uint32_t(doc.text.find(" to talk"))},
                          EntityType::kOrg, -1});
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  ResolveWithinDocument(doc);
  ExtractQuotes(doc);
  const Quote& discuss = QuoteStarting(doc, "the challenges");
  EXPECT_EQ(SpeakerOf(doc, discuss), "Mitchell");
  // A clause opened by "As" reports up to where the main clause begins.
  EXPECT_EQ(doc.Slice(discuss.span), "the challenges facing Clinton");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "white supremacist groups")), "Trump");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the factory")), "Carrier workers");
}

// "They not only cracked jokes": a cue word in -s right after a past form
// is that verb's object, a noun, and reports nothing.
TEST(ExtractQuotes, CueWordInSAfterAPastFormIsANoun) {
  Document doc = Doc("They not only cracked jokes and traded stories at the park.");
  ExtractQuotes(doc);
  EXPECT_TRUE(doc.quotes.empty());
}


// Trailing tags that run on past the speaker: "he said on Fox's show", "the
// prime minister's spokesman said" after a clause that reports someone
// else, "said lobbyist and GOP strategist Charlie Black".
TEST(ExtractQuotes, TrailingTagReportsTheWholeClauseBeforeIt) {
  ExpectOneQuote("Shays was for Kasich while the governor was in the running, he said on Fox's morning show.",
                 "Shays was for Kasich while the governor was in the running", "he");
  ExpectOneQuote("The firm worked for the Trump Organization in New York, said lobbyist and GOP strategist Charlie Black.",
                 "The firm worked for the Trump Organization in New York", "lobbyist and GOP strategist Charlie Black");
  Document doc = Doc("Cameron is committed to maintaining the special relationship, the prime minister's spokesman said.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Cameron is committed")), "the prime minister's spokesman");
  EXPECT_EQ(doc.Slice(QuoteStarting(doc, "Cameron is committed").span),
            "Cameron is committed to maintaining the special relationship");
}

// "Dianne Feinstein (D-Calif.) last week said", "said the U.S. “clearly”
// needed": a time after the bracket, and a lower-case quotation after an
// abbreviation, leave the speaker and the sentence whole.
TEST(ExtractQuotes, SpeakerBeforeABracketAndATime) {
  Document doc = Doc("Sen. Dianne Feinstein (D-Calif.) last week said the U.S. “clearly” needed a broader campaign.");
  AddPeople(doc, {"Dianne Feinstein"});
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].span), "the U.S. “clearly” needed a broader campaign");
  EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Sen. Dianne Feinstein");
}


// "..., teachers and union officials told POLITICO.": a subject joined by
// "and" is the speaker's whole; "Kelly Schmidt, told POLITICO she was
// leaning toward Cruz": a clause after the addressee is what was told.
TEST(ExtractQuotes, JoinedSubjectsAndAClauseAfterTheAddressee) {
  ExpectOneQuote("Support is strongest among the union's progressive wing, teachers and union officials told POLITICO.",
                 "Support is strongest among the union's progressive wing", "teachers and union officials");
  ExpectOneQuote("Another delegate not on the slate, Kelly Schmidt, told POLITICO she was leaning toward Cruz.",
                 "she was leaning toward Cruz", "Kelly Schmidt");
}

// "The biggest hawks, like Rubio and Bush, say": examples set off by commas
// are not the subject that speaks.
TEST(ExtractQuotes, ExamplesSetOffByCommasAreNotTheSpeaker) {
  ExpectOneQuote("Even the field's biggest hawks, like Rubio and Bush, say most ground troops should be Arab.",
                 "most ground troops should be Arab", "the field's biggest hawks");
}


// A poll named with a finding holds it: "In a Des Moines Register poll last
// month, Mr. Cruz had a 10-point lead", "Carson fell to 10 percent in the
// latest CNN/ORC poll". Not where someone inside the finding speaks, nor in
// a sentence of several clauses ("Trump, who leads in the polls, ...").
TEST(ExtractQuotes, PollHoldsTheFindingItIsNamedWith) {
  ExpectOneQuote("In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead.",
                 "Mr. Cruz had a 10 percentage-point lead", "a Des Moines Register poll");
  ExpectOneQuote("But Carson fell to 10 percent in the latest CNN/ORC poll released Wednesday.",
                 "But Carson fell to 10 percent", "the latest CNN/ORC poll");
  Document clauses = Doc("The donor asked whether he had met Trump, who leads in the polls.");
  ExtractQuotes(clauses);
  for (const Quote& q : clauses.quotes) EXPECT_NE(clauses.Slice(*q.cue), "in");
}


// "CLAUSE, as Reuters reported earlier.": an "as" tag reports the clause
// before it; "reiterated to ABC News that": an addressee after "to" stands
// between the cue and its clause; "is promising to spend": an intention.
TEST(ExtractQuotes, AsTagsAddresseesAfterToAndPromisesOfAnAction) {
  ExpectOneQuote("The talks collapsed on Friday, as Reuters reported earlier.", "The talks collapsed on Friday",
                 "Reuters");
  ExpectOneQuote("The company will cut 500 jobs, as the newspaper reported on Monday.", "The company will cut 500 jobs",
                 "the newspaper");
  ExpectOneQuote("Clinton reiterated to ABC News that the setup had been a mistake.", "the setup had been a mistake",
                 "Clinton");
  ExpectOneQuote("Under the plan, China also is promising to spend millions on new roads.",
                 "to spend millions on new roads", "China");
}


// "..., Donald Trump's longtime confidant Roger Stone stated.": a possessor
// in the title run before the name; "explained to CBS why ...": a question
// clause after the addressee.
TEST(ExtractQuotes, PossessorInATitleRunAndAQuestionAfterTheAddressee) {
  ExpectOneQuote("There is serious concern about the voting machines, Donald Trump's longtime confidant Roger Stone stated.",
                 "There is serious concern about the voting machines", "Donald Trump's longtime confidant Roger Stone");
  ExpectOneQuote("The editor explained to CBS why Merkel was selected above the others.",
                 "why Merkel was selected above the others", "The editor");
}


// A transcript quoted whole: each reopened paragraph that starts with a
// label in capitals is that speaker's own quotation.
TEST(ExtractQuotes, QuotedTranscriptLabelsNameTheirSpeakers) {
  Document doc = Doc("Partial transcript as follows:\n\n\"WALLACE: Let's start with the debate story.\n\n"
                     "\"PENCE: Well, the question really should be why they invited him.\"");
  ExtractQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "WALLACE:")), "WALLACE");
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "PENCE:")), "PENCE");
}

// "A poll released in late August found", "Chastened by the analyses, ...,
// Trump revised his plan, promising": a time and a fronted participle's
// clause are passed over on the way to the speaker.
TEST(ExtractQuotes, SpeakerPastALateMonthAndAFrontedParticiple) {
  ExpectOneQuote("A Quinnipiac University poll in late August found that most voters want the returns.",
                 "most voters want the returns", "A Quinnipiac University poll");
  ExpectOneQuote("Chastened by the analyses, Trump revised his plan, promising to focus on average Americans.",
                 "to focus on average Americans", "Trump");
}


// "X hardly clarified it -- ''...'' -- and, when questioned, asserting,
// ''...''": a participle's subject is the sentence's, past a quotation
// earlier in it.
TEST(ExtractQuotes, ParticipleAfterAnEarlierQuotationIsTheSubjects) {
  Document doc = Doc("Mr. Trump hardly clarified the matter, treating the remark as a compliment -- ''That makes "
                     "me smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay taxes.''");
  AddPeople(doc, {"Mr. Trump"});
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "Of course")), "Mr. Trump");
}


// "The senator pointed out.": a lone particle or adverb reports nothing;
// "Democrats said yes." does.
TEST(ExtractQuotes, LoneParticleIsNoContentButAnAnswerIs) {
  Document out = Doc("Asked about the deal, the senator only pointed out.");
  ExtractQuotes(out);
  for (const Quote& q : out.quotes) EXPECT_NE(out.Slice(q.span), "out");
  ExpectOneQuote("By a wide margin, Democrats said yes.", "yes", "Democrats");
}


// A share of a group speaks as that share: "75 percent of Democrats", "most
// of the voters", "Some 47% of Republicans"; in a poll's sentence the poll
// is the source, past an adverb before the figure ("just 8 percent").
TEST(ExtractQuotes, ShareOfAGroupIsTheSpeaker) {
  ExpectOneQuote("By a wide margin, 75 percent of Democrats said yes.", "yes", "75 percent of Democrats");
  ExpectOneQuote("Most of the voters said the economy was weak.", "the economy was weak", "Most of the voters");
  ExpectOneQuote("Some 47% of Republicans say he should quit.", "he should quit", "Some 47% of Republicans");
  ExpectOneQuote("In a Post-ABC poll released Sunday, just 8 percent of Democrats said they would stay home.",
                 "they would stay home", "a Post-ABC poll");
}


// "A union representing flight attendants endorsed": the determiner's noun
// is "union", before the participle's phrase; "Sen. Ted Cruz (R-Tex) is
// endorsing": a progressive after the bracket.
TEST(ExtractQuotes, SubjectWithAParticiplePhraseOrABracketBeforeAProgressive) {
  ExpectOneQuote("A union representing flight attendants endorsed Hillary Clinton on Thursday.",
                 "Hillary Clinton on Thursday", "A union representing flight attendants");
  ExpectOneQuote("Sen. Ted Cruz (R-Tex) is endorsing Donald Trump's campaign.", "Donald Trump's campaign",
                 "Sen. Ted Cruz");
}


// "CLAUSE, Obama told his closest advisers as he labored over it": the tag
// ends where a clause of its own begins, and a pronoun there is no told clause.
TEST(ExtractQuotes, TagEndsAtAClauseOfItsOwn) {
  ExpectOneQuote("This is not about me, President Obama told his closest advisers as he labored over the speech.",
                 "This is not about me", "President Obama");
}


// "It is common for X to VERB": "for" brings in the infinitive's own subject,
// not the "It" of the clause; a gerund after "for" brings in none ("jabbed
// senators for failing to show").
TEST(ExtractQuotes, ForIntroducesTheInfinitivesSubject) {
  Document doc = Doc("It has become routine for cable hosts to describe the race as a two-person contest. "
                     "Christie, eager to score points, jabbed senators for failing to show leadership.");
  ExtractQuotes(doc);
  EXPECT_EQ(SpeakerOf(doc, QuoteStarting(doc, "the race")), "cable hosts");
  for (const Quote& q : doc.quotes) EXPECT_NE(SpeakerOf(doc, q), "failing");
}


// "which she recently backed away from": prepositions and particles name
// nothing that was said.
TEST(ExtractQuotes, ParticlesAloneAreNoContent) {
  Document doc = Doc("He denied the claims, which his former wife recently backed away from.");
  ExtractQuotes(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(doc.Slice(q.span), "away from");
}


// A headline that ends on a lower-case word after a capitalized one ("Date
// date", a fuzzer's find) is read to its last token and no further.
TEST(ExtractQuotes, HeadlineEndingOnALowerCaseWordStaysInBounds) {
  Document doc = Doc("Date date");
  ExtractQuotes(doc);
  EXPECT_TRUE(doc.quotes.empty());
}

}  // namespace
}  // namespace newsgraph
