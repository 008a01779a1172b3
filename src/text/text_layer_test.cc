// The text layer on the sentences news actually contains: abbreviations,
// initials, figures, quotes closing after the full stop, bracketed insertions.
#include "text/text_layer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  for (const Token& t : Tokenize(text)) words.emplace_back(text.substr(t.span.begin, t.span.size()));
  return words;
}

std::vector<std::string> Sentences(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, tokens)) out.emplace_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

using Strings = std::vector<std::string>;

TEST(ValidateUtf8, AcceptsMultilingualTextAndNamesTheFirstBadByte) {
  EXPECT_TRUE(ValidateUtf8("Choe Son-hui met Sergei Lavrov in Москва — 北京 «non».").ok());
  const Status latin1 = ValidateUtf8("line one\nCaf\xe9 owners");
  ASSERT_FALSE(latin1.ok());
  EXPECT_NE(latin1.message().find("byte 12"), std::string::npos) << latin1.message();
  EXPECT_NE(latin1.message().find("line 2"), std::string::npos) << latin1.message();
  EXPECT_FALSE(ValidateUtf8("\xed\xa0\x80").ok()) << "UTF-16 surrogates are not UTF-8";
  EXPECT_FALSE(ValidateUtf8("\xc0\xaf").ok()) << "overlong encodings are rejected";
  EXPECT_FALSE(ValidateUtf8("truncated \xe2\x80").ok());
}

TEST(NormalizeText, ComposesToNfcAndCleansLineEndingsAndInvisibles) {
  EXPECT_EQ(NormalizeText("Caf" "e\xcc\x81"), "Caf\xc3\xa9");  // e + combining acute -> é
  EXPECT_EQ(NormalizeText("one\r\ntwo\rthree"), "one\ntwo\nthree");
  EXPECT_EQ(NormalizeText("\xEF\xBB\xBFzero\xE2\x80\x8Bwidth\x01"), "zerowidth");
  EXPECT_EQ(NormalizeText("10\xC2\xA0" "000"), "10 000");
  EXPECT_EQ(NormalizeText("“Quotes” stay ‘as written’ — dashes too"), "“Quotes” stay ‘as written’ — dashes too");
}

TEST(Tokenize, KeepsAbbreviationsFiguresAndHyphenatedNamesWhole) {
  EXPECT_EQ(Words("Mr. Austin told U.S. troops at 10 a.m. that 10,000 and 3.5 were Choe Son-hui's figures."),
            (Strings{"Mr.", "Austin", "told", "U.S.", "troops", "at", "10", "a.m.", "that", "10,000", "and", "3.5",
                     "were", "Choe", "Son-hui", "'s", "figures", "."}));
  EXPECT_EQ(Words("Lloyd J. Austin didn't say it--ever."),
            (Strings{"Lloyd", "J.", "Austin", "didn't", "say", "it", "--", "ever", "."}));
  EXPECT_EQ(Words("the officials' plan"), (Strings{"the", "officials", "'", "plan"}));
  EXPECT_EQ(Words("Austin’s aides"), (Strings{"Austin", "’s", "aides"}));
}

// The tokenizer reads ASCII in 64-byte blocks; a word, a gap or a line break
// that straddles a block edge, or the text's last partial block, must come out
// as anywhere else.
TEST(Tokenize, WordsAndGapsAcrossBlockEdgesKeepTheirFlags) {
  for (size_t shift = 0; shift < 70; ++shift) {
    const std::string text = std::string(shift, 'x') + " NATO  and\n\nAustin B52s " +
                             std::string(130, 'A') + " " + std::string(65, ' ') + "Pentagonspokeswoman";
    const std::vector<Token> tokens = Tokenize(text);
    ASSERT_EQ(tokens.size(), shift ? 7u : 6u) << shift;
    const Token* t = shift ? &tokens[1] : &tokens[0];
    auto word = [&](const Token& k) { return text.substr(k.span.begin, k.span.size()); };
    EXPECT_EQ(word(t[0]), "NATO");
    EXPECT_EQ(t[0].flags & (Token::kCapitalized | Token::kAllCaps), Token::kCapitalized | Token::kAllCaps);
    EXPECT_EQ(t[1].flags & Token::kCapitalized, 0);
    EXPECT_EQ(word(t[2]), "Austin");
    EXPECT_TRUE(t[2].flags & Token::kParagraphStart) << shift;
    EXPECT_FALSE(t[2].flags & Token::kAllCaps);
    EXPECT_EQ(t[3].flags & (Token::kHasDigit | Token::kAllCaps), Token::kHasDigit) << "B52s has a lower-case s";
    EXPECT_EQ(t[4].span.size(), 130u);
    EXPECT_TRUE(t[4].flags & Token::kAllCaps);
    EXPECT_EQ(word(t[5]), "Pentagonspokeswoman");
    EXPECT_EQ(t[5].flags & (Token::kSpaceBefore | Token::kLineBreakBefore), Token::kSpaceBefore);
    EXPECT_EQ(t[5].span.end, text.size());
  }
}

TEST(Tokenize, TellsOpeningFromClosingQuotesAndDashes) {
  const std::string text = "He said \"dangerous.\" — and ‘no’.";
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<TokenKind> kinds;
  for (const Token& t : tokens) kinds.push_back(t.kind);
  EXPECT_EQ(kinds, (std::vector<TokenKind>{TokenKind::kWord, TokenKind::kWord, TokenKind::kQuoteOpen,
                                           TokenKind::kWord, TokenKind::kPunct, TokenKind::kQuoteClose,
                                           TokenKind::kDash, TokenKind::kWord, TokenKind::kQuoteOpen,
                                           TokenKind::kWord, TokenKind::kQuoteClose, TokenKind::kPunct}));
}

// A quotation ending in a quotation ("The kids will ask: 'What am I doing
// there?'") closes both marks; a double mark after a single one opens only
// before a word ("'"No," he said'").
TEST(Tokenize, StraightDoubleMarkAfterASingleClosesUnlessAWordFollows) {
  const std::vector<Token> tokens = Tokenize("\"They ask: 'Why there?'\" Crowther added.");
  ASSERT_EQ(tokens.size(), 13u);  // " They ask : ' Why there ? ' " Crowther added .
  EXPECT_EQ(tokens[8].kind, TokenKind::kQuoteClose);
  EXPECT_EQ(tokens[9].kind, TokenKind::kQuoteClose);
  const std::vector<Token> nested = Tokenize("'\"No,\" he said'");
  ASSERT_GE(nested.size(), 2u);
  EXPECT_EQ(nested[1].kind, TokenKind::kQuoteOpen);
}

// "Getty. ”Mr. Trump”": a right-hand mark after space, glued to a word, was
// typed for a left-hand one and opens; after a word it closes. A left-hand
// mark glued to the word before and followed by space closes ("unusual,“ said").
TEST(Tokenize, QuotationMarkTypedTheWrongWayRoundIsReadByItsPlace) {
  const std::vector<Token> tokens = Tokenize("Getty. \u201dMr. Trump\u201d");
  ASSERT_EQ(tokens.size(), 6u);  // Getty . ” Mr. Trump ”
  EXPECT_EQ(tokens[2].kind, TokenKind::kQuoteOpen);
  EXPECT_EQ(tokens[5].kind, TokenKind::kQuoteClose);
  const std::vector<Token> unusual = Tokenize("\u201cIt is unusual,\u201c said Noble.");
  ASSERT_EQ(unusual.size(), 9u);  // “ It is unusual , “ said Noble .
  EXPECT_EQ(unusual[0].kind, TokenKind::kQuoteOpen);
  EXPECT_EQ(unusual[5].kind, TokenKind::kQuoteClose);
}

TEST(Tokenize, FlagsCapitalsDigitsSpacesAndParagraphs) {
  const std::string text = "NATO said\n\nKim Jong Un has 5G";
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_TRUE(tokens[0].flags & Token::kAllCaps);
  EXPECT_TRUE(tokens[0].flags & Token::kParagraphStart);
  EXPECT_FALSE(tokens[1].flags & Token::kCapitalized);
  EXPECT_TRUE(tokens[2].flags & Token::kParagraphStart);
  EXPECT_TRUE(tokens[2].flags & Token::kSpaceBefore);
  EXPECT_TRUE(tokens[6].flags & Token::kHasDigit);
}

TEST(Tokenize, FlagsLineBreaksAndWordsKeepingTheirFullStop) {
  // What the sentence splitter reads instead of the text between tokens.
  const std::string text = "Mr. Austin met Gen. Brown in the U.S. capital.\nTroops left Kyiv. Then";
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> full_stops, after_break;
  for (const Token& t : tokens) {
    const std::string word = text.substr(t.span.begin, t.span.size());
    if (t.flags & Token::kFullStop) full_stops.push_back(word);
    if (t.flags & Token::kLineBreakBefore) after_break.push_back(word);
  }
  EXPECT_EQ(full_stops, (Strings{"Mr.", "Gen.", "U.S."})) << "\"capital.\" and \"Kyiv.\" end sentences";
  EXPECT_EQ(after_break, (Strings{"Troops"}));
  EXPECT_EQ(Words("Kyiv. Then"), (Strings{"Kyiv", ".", "Then"}));
}

TEST(Tokenize, OffsetsAreBytesIntoMultibyteText) {
  const std::string text = "“Très bien,” dit Zoë.";
  for (const Token& t : Tokenize(text)) {
    ASSERT_LE(t.span.end, text.size());
    EXPECT_EQ(ValidateUtf8(text.substr(t.span.begin, t.span.size())).ok(), true);
  }
  EXPECT_EQ(Words(text), (Strings{"“", "Très", "bien", ",", "”", "dit", "Zoë", "."}));
}

TEST(Tokenize, DottedAbbreviationNeverSplitsAMultibyteLetter) {
  // Found by fuzz_text: "U.S." before a combining mark stepped two bytes
  // into the middle of it.
  const std::string text = "[U.S.\u0658r-bombing planes] and the U.S.\u00e9lite";
  for (const Token& t : Tokenize(text)) {
    ASSERT_LE(t.span.end, text.size());
    EXPECT_TRUE(ValidateUtf8(text.substr(t.span.begin, t.span.size())).ok()) << t.span.begin;
  }
  EXPECT_EQ(Words("the U.S. said")[1], "U.S.");
}

TEST(SplitSentences, SurvivesTitlesInitialsAbbreviationsAndFigures) {
  EXPECT_EQ(Sentences("Gen. Charles Q. Brown met Sen. Jack Reed and Dr. Lee at 10 a.m. Monday. "
                      "About 10,000 troops, or 3.5 percent, moved on Oct. 28. The U.K. agreed."),
            (Strings{"Gen. Charles Q. Brown met Sen. Jack Reed and Dr. Lee at 10 a.m. Monday.",
                     "About 10,000 troops, or 3.5 percent, moved on Oct. 28.", "The U.K. agreed."}));
  EXPECT_EQ(Sentences("Aid reached the U.S. The talks ended."), (Strings{"Aid reached the U.S.", "The talks ended."}));
  // Two full stops, a typist's ellipsis, end a sentence as three do.
  EXPECT_EQ(Sentences("Dealers wavered .. Most sold."), (Strings{"Dealers wavered ..", "Most sold."}));
}

// Wire copy names companies with their tickers and sites by their domains:
// a full stop glued between two words ends nothing.
TEST(SplitSentences, FullStopGluedBetweenWordsIsNoEnd) {
  EXPECT_EQ(Sentences("Apple Inc (AAPL.O) said on Tuesday it would cut prices. Toyota Motor Corp (7203.T) "
                      "fell 2%. The notice was posted on reuters.com late on Monday."),
            (Strings{"Apple Inc (AAPL.O) said on Tuesday it would cut prices.", "Toyota Motor Corp (7203.T) fell 2%.",
                     "The notice was posted on reuters.com late on Monday."}));
}

// After an abbreviation, a quotation that opens in lower case goes on the
// sentence; one that opens with a capital may start the next.
TEST(SplitSentences, LowerCaseQuotationAfterAnAbbreviationGoesOn) {
  EXPECT_EQ(Sentences("She said the U.S. \u201cclearly\u201d needed more. It was in the U.S. \u201cThat is all.\u201d"),
            (Strings{"She said the U.S. \u201cclearly\u201d needed more.", "It was in the U.S.",
                     "\u201cThat is all.\u201d"}));
}

TEST(SplitSentences, KeepsClosingQuotesAndBracketsWithTheirSentence) {
  EXPECT_EQ(Sentences("He called it \"dangerous. Very dangerous.\" Officials disagreed."),
            (Strings{"He called it \"dangerous.", "Very dangerous.\"", "Officials disagreed."}));
  EXPECT_EQ(Sentences("“Is it over?” she asked. “No.”"), (Strings{"“Is it over?” she asked.", "“No.”"}));
  EXPECT_EQ(Sentences("The [North Korean] troops moved. (Officials confirmed it.) Then talks began."),
            (Strings{"The [North Korean] troops moved.", "(Officials confirmed it.)", "Then talks began."}));
}

TEST(SplitSentences, EndsAtParagraphsAndHeadlines) {
  EXPECT_EQ(Sentences("Wildfire forces evacuations near Valencia\n\nAbout 10,000 people left"),
            (Strings{"Wildfire forces evacuations near Valencia", "About 10,000 people left"}));
  EXPECT_EQ(Sentences("Troops moved north,\nofficials said."), (Strings{"Troops moved north,\nofficials said."}));
}

// Newswire archives wrap lines wherever a word falls; a capitalised word at
// the start of a line ("Commerce Bank", "January") does not start a sentence
// there. Lines that are list items still do.
TEST(SplitSentences, ReadsHardWrappedTextAcrossItsLineBreaks) {
  EXPECT_EQ(Sentences("Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought "
                      "since early\nJanuary and improving prospects for the coming temporao,\nalthough normal "
                      "humidity levels have not been restored,\nComissaria Smith said in its weekly review. The "
                      "dry period\nmeans the temporao will be late this year.\n\nArrivals were 155,221 bags."),
            (Strings{"Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since "
                     "early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity "
                     "levels have not been restored,\nComissaria Smith said in its weekly review.",
                     "The dry period\nmeans the temporao will be late this year.", "Arrivals were 155,221 bags."}));
  EXPECT_EQ(Sentences("Texas Commerce Bancshares Inc's Texas\nCommerce Bank-Houston said it filed an\napplication "
                      "with the Comptroller of the Currency\nin an effort to create the largest banking\nnetwork in "
                      "Harris County.\n- Talks resume\n- Prices rose"),
            (Strings{"Texas Commerce Bancshares Inc's Texas\nCommerce Bank-Houston said it filed an\napplication "
                     "with the Comptroller of the Currency\nin an effort to create the largest banking\nnetwork in "
                     "Harris County.",
                     "- Talks resume", "- Prices rose"}));
  // Lines that end their sentences are not wrapping: a headline line still ends.
  EXPECT_EQ(Sentences("Wildfire forces evacuations\nAbout 10,000 people left. Officials said so.\nMore came."),
            (Strings{"Wildfire forces evacuations", "About 10,000 people left.", "Officials said so.", "More came."}));
}

TEST(AnnotateText, SentencesCoverTokensInOrder) {
  Document doc;
  doc.text = "One. Two three. Four!";
  AnnotateText(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].first_token, 0u);
  EXPECT_EQ(doc.sentences[2].end_token, doc.tokens.size());
  for (size_t i = 1; i < doc.sentences.size(); ++i) {
    EXPECT_EQ(doc.sentences[i].first_token, doc.sentences[i - 1].end_token);
  }
}

}  // namespace
}  // namespace newsgraph
