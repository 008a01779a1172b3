#include "extract/quotes.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

// Quote finding walks doc.tokens (kinds, paragraph flags) and doc.sentences
// twice: once to pair quotation marks and attribute each quoted span, once to
// find reported speech in the sentences left over. Every look-around is
// bounded by a sentence or a fixed number of tokens, so the whole is linear.
namespace newsgraph {
namespace {

// ---- the cue table ------------------------------------------------------------

enum CueFlag : uint16_t {
  kNeedsThat = 1,    // only reported speech with "that": "polls show that", not "polls show gains"
  kTakesObject = 2,  // the addressee comes first: "told reporters (that)", "warned Moscow that"
  kParticiple = 4,   // "..., saying that": the speaker is the subject of the sentence
  kInfinitive = 8,   // what is reported can be an intention: "declined to comment", "vowed to fight"
  kNoun = 16,        // a noun: "his claim that", "Trump's criticism of"; never introduces a quotation
  kRaising = 32,     // "X seemed to ...", "it appears that": an impression, the subject inside it, no speaker
  kAdjective = 64,   // "X is confident that", "made clear that": a stance held by the subject of the verb before
  kSeesAs = 128,     // "voters see him as a threat": a perception with "as" reports as a "that" clause would
  // A verb that needs "that" whose object is still what a named subject
  // thinks or says: "she felt the pressure", "Trump repeated the claim".
  kObjectWhenNamed = 256,
  // Reports only what its preposition introduces: "voted for Sanders", not
  // "voted Tuesday" nor "went to vote".
  kPrepOnly = 512,
  // An act done by saying: with an object and its complement ("declared the
  // area a disaster zone") it reports nothing said.
  kPerformative = 1024,
};

struct Cue {
  std::string_view word;
  uint16_t flags;
  // The preposition whose object is what was said or thought: "called for a
  // ban", "referring to the attacks".
  std::string_view prep = {};
};

// Every inflected form a reporter uses for speech, writing or stated belief.
// Sorted, for the reader; FindCue hashes it.
constexpr Cue kCues[] = {
    {"accusation", kNoun}, {"accusations", kNoun, "of"}, {"accuse", kTakesObject}, {"accused", kTakesObject},
    {"accuses", kTakesObject}, {"accusing", kTakesObject | kParticiple}, {"acknowledge", 0}, {"acknowledged", 0},
    {"acknowledges", 0}, {"acknowledging", kParticiple}, {"acquiesced", 0, "to"}, {"adamant", kAdjective}, {"added", 0},
    {"adding", kParticiple}, {"adds", 0}, {"admire", 0}, {"admired", 0}, {"admires", 0}, {"admission", kNoun},
    {"admits", 0}, {"admitted", 0}, {"admitting", kParticiple}, {"advocate", kNeedsThat | kPrepOnly, "for"}, {"advocated", 0}, {"advocating", kParticiple},
    {"agree", kNeedsThat | kInfinitive | kObjectWhenNamed, "with"},
    {"agreed", kNeedsThat | kInfinitive | kObjectWhenNamed, "with"},
    {"agreeing", kNeedsThat | kInfinitive | kParticiple},
    {"agrees", kNeedsThat | kInfinitive | kObjectWhenNamed, "with"}, {"aiming", kInfinitive | kParticiple, "at"},
    {"allegation", kNoun}, {"allegations", kNoun}, {"alleged", 0}, {"alleges", 0}, {"alleging", kParticiple},
    {"angry", kAdjective, "about"}, {"announce", 0}, {"announced", 0}, {"announcement", kNoun}, {"announces", 0},
    {"announcing", kParticiple}, {"anticipated", 0},
    {"apologized", kNeedsThat | kObjectWhenNamed, "for"}, {"apologizes", kNeedsThat | kObjectWhenNamed, "for"},
    {"apologizing", kNeedsThat | kParticiple | kObjectWhenNamed, "for"}, {"appeals", kNeedsThat, "to"},
    {"appear", kRaising}, {"appeared", kRaising}, {"appears", kRaising}, {"applaud", 0}, {"applauded", 0},
    {"applauding", kParticiple}, {"applauds", 0}, {"appreciate", 0}, {"appreciated", 0}, {"appreciates", 0},
    {"argue", 0}, {"argued", 0, "for"}, {"argues", 0}, {"arguing", kParticiple}, {"argument", kNoun},
    {"ask", kTakesObject}, {"asked", kTakesObject, "about"}, {"asking", kTakesObject | kParticiple},
    {"asks", kTakesObject}, {"assailed", 0}, {"assert", 0}, {"asserted", 0}, {"asserting", kParticiple},
    {"assertion", kNoun}, {"asserts", 0}, {"assessment", kNoun, "of"}, {"assumption", kNoun}, {"assurances", kNoun},
    {"assured", kTakesObject}, {"assures", kTakesObject}, {"assuring", kTakesObject | kParticiple}, {"attacked", 0},
    {"attacking", kParticiple}, {"attacks", kNoun, "on"}, {"attributed", 0, "to"}, {"aware", kAdjective, "of"},
    {"backed", 0}, {"backing", kParticiple}, {"balked", 0, "at"}, {"begged", 0}, {"belief", kNoun}, {"believe", 0, "in"},
    {"believed", kNeedsThat | kObjectWhenNamed}, {"believes", 0, "in"}, {"believing", kNeedsThat | kParticiple},
    {"bemoaned", 0}, {"bemoaning", kParticiple}, {"bemoans", 0}, {"blame", 0}, {"blamed", 0}, {"blames", 0},
    {"blaming", kParticiple}, {"blasted", 0}, {"blasting", kParticiple}, {"blasts", 0}, {"blocked", 0},
    {"boasted", 0, "about"}, {"boasting", kParticiple}, {"boasts", 0}, {"bragged", 0}, {"brags", 0}, {"branded", 0},
    {"call", kTakesObject, "for"}, {"called", kTakesObject, "for"}, {"calling", kTakesObject | kParticiple, "for"},
    {"calls", kTakesObject, "for"}, {"cautioned", 0, "against"}, {"cautioning", kParticiple}, {"cautions", 0},
    {"certain", kAdjective}, {"challenged", 0}, {"championed", 0}, {"chanted", 0}, {"chanting", kParticiple},
    {"chants", kNoun, "of"}, {"characterize", 0}, {"characterized", 0}, {"characterizes", 0},
    {"characterizing", kParticiple}, {"charged", kNeedsThat}, {"chided", 0}, {"chides", 0}, {"cite", 0}, {"cited", 0},
    {"cites", 0}, {"citing", kParticiple}, {"claim", 0}, {"claimed", 0}, {"claiming", kParticiple}, {"claims", 0},
    {"clear", kAdjective}, {"commended", 0}, {"comment", kNeedsThat, "on"}, {"commented", kNeedsThat, "on"},
    {"commenting", kNeedsThat | kParticiple, "on"}, {"comments", kNoun}, {"compared", 0}, {"comparing", kParticiple},
    {"complain", 0, "about"}, {"complained", 0, "about"}, {"complaining", kParticiple, "about"},
    {"complains", 0, "about"}, {"complaint", kNoun}, {"complaints", kNoun, "about"}, {"concede", 0}, {"conceded", 0},
    {"concedes", 0}, {"conceding", kParticiple}, {"concern", kNoun, "about"}, {"concerned", kAdjective, "about"},
    {"concerns", kNoun, "about"}, {"conclude", kNeedsThat}, {"concluded", kNeedsThat | kObjectWhenNamed},
    {"concludes", kNeedsThat | kObjectWhenNamed}, {"concluding", kNeedsThat | kParticiple | kObjectWhenNamed},
    {"concurred", 0}, {"condemn", 0}, {"condemnation", kNoun, "of"}, {"condemned", 0}, {"condemning", kParticiple},
    {"condemns", 0}, {"confessed", 0}, {"confesses", 0}, {"confident", kAdjective, "about"}, {"confirm", 0},
    {"confirmed", 0}, {"confirming", kParticiple}, {"confirms", 0}, {"congratulated", 0}, {"consider", 0},
    {"considered", kNeedsThat | kSeesAs}, {"considering", kParticiple}, {"considers", 0}, {"contend", 0}, {"contended", 0}, {"contending", kParticiple},
    {"contends", 0}, {"contention", kNoun}, {"continued", kNeedsThat | kObjectWhenNamed}, {"contradicted", 0},
    {"contradicts", 0}, {"convince", kTakesObject}, {"convinced", kAdjective}, {"countered", 0},
    {"countering", kParticiple}, {"counters", 0}, {"credited", 0}, {"credits", 0}, {"critical", kAdjective, "of"},
    {"criticised", 0}, {"criticises", 0}, {"criticising", kParticiple}, {"criticism", kNoun, "of"}, {"criticize", 0},
    {"criticized", 0}, {"criticizes", 0}, {"criticizing", kParticiple}, {"decided", kInfinitive},
    {"decides", kInfinitive}, {"deciding", kInfinitive | kParticiple}, {"decision", kNoun | kInfinitive},
    {"declare", kPerformative}, {"declared", kPerformative}, {"declares", kPerformative},
    {"declaring", kParticiple | kPerformative}, {"declined", kInfinitive},
    {"declines", kInfinitive}, {"declining", kInfinitive | kParticiple}, {"decried", 0}, {"decries", 0}, {"decry", 0},
    {"decrying", kParticiple}, {"deemed", 0}, {"defend", 0}, {"defended", 0}, {"defending", kParticiple},
    {"defends", 0}, {"demand", 0}, {"demanded", 0}, {"demanding", kParticiple}, {"demands", 0}, {"denied", 0},
    {"denies", 0}, {"denounce", 0}, {"denounced", 0}, {"denounces", 0}, {"denouncing", kParticiple}, {"deny", 0},
    {"denying", kParticiple}, {"depicted", 0}, {"depicting", kParticiple}, {"depicts", 0}, {"derided", 0},
    {"describe", 0}, {"described", 0}, {"describes", 0}, {"describing", kParticiple}, {"desire", kNoun | kInfinitive},
    {"detailing", kParticiple}, {"determined", kAdjective | kInfinitive}, {"disagree", kNeedsThat, "with"},
    {"disagreed", kNeedsThat, "with"}, {"disagrees", kNeedsThat, "with"}, {"disappointed", kAdjective, "in"},
    {"disavow", 0}, {"disavowed", 0}, {"disclosed", 0}, {"discloses", 0}, {"disclosing", kParticiple}, {"discuss", 0},
    {"discussed", 0}, {"discusses", 0}, {"discussing", kParticiple}, {"disliked", 0}, {"dismissed", 0},
    {"dismisses", 0}, {"dismissing", kParticiple}, {"disputed", 0}, {"distrust", 0}, {"distrusted", 0},
    {"distrusts", 0}, {"doubted", 0}, {"doubts", kNoun, "about"}, {"dubbed", 0}, {"eager", kAdjective | kInfinitive},
    {"echoed", 0}, {"echoes", 0}, {"echoing", kParticiple}, {"emailed", 0}, {"embrace", 0, "of"}, {"embracing", kParticiple},
    {"emphasised", 0}, {"emphasize", 0}, {"emphasized", 0}, {"emphasizes", 0}, {"emphasizing", kParticiple},
    {"encourage", kTakesObject}, {"encouraged", kTakesObject}, {"encourages", kTakesObject}, {"endorse", 0},
    {"endorsed", 0}, {"endorsement", kNoun, "of"}, {"endorses", 0}, {"endorsing", kParticiple}, {"escalated", 0},
    {"estimate", kNeedsThat | kObjectWhenNamed}, {"estimated", kNeedsThat | kObjectWhenNamed},
    {"estimates", kNeedsThat | kObjectWhenNamed}, {"exclaimed", 0},
    {"expect", kNeedsThat | kInfinitive | kObjectWhenNamed}, {"expected", kNeedsThat | kInfinitive},
    {"expecting", kNeedsThat | kInfinitive | kParticiple | kObjectWhenNamed},
    {"expects", kNeedsThat | kInfinitive | kObjectWhenNamed}, {"explain", 0}, {"explained", 0},
    {"explaining", kParticiple}, {"explains", 0}, {"express", 0}, {"expressed", 0}, {"expresses", 0},
    {"expressing", kParticiple}, {"favor", 0}, {"favored", 0}, {"favoring", kParticiple}, {"favors", 0}, {"fear", 0},
    {"feared", kNeedsThat | kObjectWhenNamed}, {"fearing", kNeedsThat | kParticiple | kObjectWhenNamed}, {"fears", 0},
    {"feel", kNeedsThat | kObjectWhenNamed}, {"feels", kNeedsThat | kObjectWhenNamed},
    {"felt", kNeedsThat | kObjectWhenNamed}, {"finds", kNeedsThat}, {"focused", kNeedsThat | kObjectWhenNamed, "on"},
    {"focuses", kNeedsThat | kObjectWhenNamed, "on"}, {"focusing", kNeedsThat | kParticiple | kObjectWhenNamed, "on"},
    {"forecast", kNeedsThat}, {"found", kNeedsThat}, {"frustrated", kAdjective, "with"}, {"glad", kAdjective},
    {"gloated", 0}, {"hailed", 0}, {"hailing", kParticiple}, {"hails", 0}, {"highlight", 0}, {"highlighted", 0},
    {"highlighting", kParticiple}, {"highlights", 0}, {"hinted", kNeedsThat | kObjectWhenNamed, "at"},
    {"hinting", kNeedsThat | kParticiple | kObjectWhenNamed, "at"}, {"hints", kNeedsThat | kObjectWhenNamed, "at"},
    {"hope", kNeedsThat | kObjectWhenNamed}, {"hoped", kNeedsThat | kInfinitive | kObjectWhenNamed},
    {"hopeful", kAdjective, "about"}, {"hopes", kNeedsThat | kInfinitive | kObjectWhenNamed},
    {"hoping", kNeedsThat | kInfinitive | kParticiple | kObjectWhenNamed}, {"idea", kNoun}, {"identified", 0},
    {"ignored", 0}, {"ignoring", kParticiple}, {"imagined", 0}, {"imagines", 0}, {"implied", 0}, {"implies", 0},
    {"implored", 0}, {"imply", 0}, {"implying", kParticiple}, {"inclination", kNoun | kInfinitive},
    {"indicate", kNeedsThat}, {"indicated", kNeedsThat}, {"indicates", kNeedsThat}, {"informed", kTakesObject},
    {"insist", 0}, {"insisted", 0}, {"insistence", kNoun}, {"insistent", kAdjective}, {"insisting", kParticiple},
    {"insists", 0}, {"intend", kInfinitive}, {"intended", kInfinitive}, {"intending", kInfinitive | kParticiple},
    {"intends", kInfinitive}, {"invoked", 0}, {"issued", 0}, {"jeered", 0}, {"joked", 0, "about"}, {"jokes", 0},
    {"joking", kParticiple}, {"knew", kNeedsThat}, {"knocked", 0}, {"know", kNeedsThat}, {"known", kNeedsThat},
    {"knows", kNeedsThat | kObjectWhenNamed}, {"labeled", 0}, {"labelled", 0}, {"labels", 0}, {"lambasted", 0},
    {"lambasting", kParticiple}, {"lamented", 0}, {"lamenting", kParticiple}, {"laments", 0}, {"lauded", 0},
    {"learned", kNeedsThat | kObjectWhenNamed}, {"likened", 0, "to"}, {"likening", kParticiple, "to"},
    {"maintained", 0}, {"maintaining", kParticiple}, {"maintains", 0}, {"mention", 0, "of"}, {"mentioned", 0},
    {"mentioning", kParticiple}, {"mentions", 0}, {"mocked", 0}, {"mocking", kParticiple}, {"mocks", 0}, {"mused", 0},
    {"nervous", kAdjective, "about"}, {"note", 0}, {"noted", 0}, {"notes", 0},
    {"noticed", kNeedsThat | kObjectWhenNamed}, {"noting", kParticiple}, {"notion", kNoun},
    {"objected", kNeedsThat, "to"}, {"observed", 0}, {"observes", 0}, {"offered", kInfinitive}, {"opined", 0},
    {"opines", 0}, {"oppose", 0}, {"opposed", 0}, {"opposes", 0}, {"opposing", kParticiple},
    {"opposition", kNoun, "to"}, {"opted", kInfinitive, "for"}, {"optimistic", kAdjective, "about"}, {"ordered", 0},
    {"outlined", 0}, {"outlines", 0}, {"outlining", kParticiple}, {"persuade", kTakesObject},
    {"persuaded", kTakesObject}, {"planned", kInfinitive}, {"planning", kInfinitive | kParticiple},
    {"plans", kInfinitive}, {"plea", kNoun, "for"}, {"pleaded", 0}, {"pleased", kAdjective, "with"},
    {"pledge", kNoun | kInfinitive}, {"pledged", kInfinitive}, {"pledges", kInfinitive},
    {"pledging", kInfinitive | kParticiple}, {"point", kNeedsThat | kPrepOnly, "to"}, {"pointed", kNeedsThat | kObjectWhenNamed, "to"},
    {"pointing", kNeedsThat | kParticiple | kObjectWhenNamed, "to"}, {"points", kNeedsThat | kPrepOnly, "to"}, {"portray", 0}, {"portrayed", 0},
    {"portraying", kParticiple}, {"portrays", 0}, {"posted", kNeedsThat}, {"praise", 0}, {"praised", 0}, {"praises", 0},
    {"praising", kParticiple}, {"predict", 0}, {"predicted", 0}, {"predicting", kParticiple}, {"prediction", kNoun},
    {"predicts", 0}, {"prefer", 0}, {"preferred", 0}, {"preferring", kParticiple}, {"prefers", 0}, {"proclaim", 0},
    {"proclaimed", 0}, {"proclaiming", kParticiple}, {"proclaims", 0}, {"projected", kNeedsThat},
    {"projects", kNeedsThat}, {"promise", kNoun | kInfinitive}, {"promised", kInfinitive}, {"promises", kInfinitive},
    {"promising", kInfinitive | kParticiple}, {"promoted", 0}, {"promotes", 0}, {"promoting", kParticiple}, {"proponent", kNoun, "of"}, {"proponents", kNoun, "of"}, {"propose", 0},
    {"proposed", 0}, {"proposes", 0}, {"proposing", kParticiple}, {"protested", 0}, {"proud", kAdjective, "of"},
    {"published", 0}, {"pushing", kParticiple, "for"}, {"questioned", 0}, {"questioning", kParticiple},
    {"questions", kNoun, "about"}, {"quipped", 0}, {"quips", 0}, {"quoted", 0}, {"quoting", kParticiple},
    {"rail", kNeedsThat | kObjectWhenNamed, "against"}, {"railed", kNeedsThat | kObjectWhenNamed, "against"},
    {"railing", kNeedsThat | kParticiple | kObjectWhenNamed, "against"}, {"reacted", kNeedsThat, "to"},
    {"reacting", kNeedsThat | kParticiple, "to"}, {"read", kNeedsThat | kObjectWhenNamed}, {"reads", kNeedsThat},
    {"reaffirmed", 0}, {"realize", 0}, {"realizes", 0}, {"reassured", kTakesObject}, {"rebuked", 0}, {"rebut", 0},
    {"rebutted", 0}, {"recall", 0}, {"recalled", 0}, {"recalling", kParticiple}, {"recalls", 0}, {"recognize", 0},
    {"recognizes", 0}, {"recognizing", kParticiple}, {"recommend", 0}, {"recommended", 0},
    {"recommending", kParticiple}, {"recommends", 0}, {"recounted", 0}, {"recounting", kParticiple}, {"recounts", 0},
    {"reference", kNoun, "to"}, {"referenced", 0}, {"referencing", kParticiple}, {"referred", kNeedsThat, "to"},
    {"referring", kParticiple | kNeedsThat, "to"}, {"refers", kNeedsThat, "to"}, {"reflecting", kNeedsThat | kParticiple | kPrepOnly, "on"}, {"refusal", kNoun | kInfinitive},
    {"refuse", kInfinitive}, {"refused", kInfinitive}, {"refuses", kInfinitive},
    {"refusing", kInfinitive | kParticiple}, {"refuted", 0}, {"regard", kNeedsThat | kSeesAs | kObjectWhenNamed},
    {"regarded", kNeedsThat | kSeesAs | kObjectWhenNamed}, {"regards", kNeedsThat | kSeesAs | kObjectWhenNamed},
    {"regret", 0}, {"regrets", 0}, {"regretted", 0}, {"reiterate", 0}, {"reiterated", 0}, {"reiterates", 0},
    {"reiterating", kParticiple}, {"reject", 0}, {"rejected", 0}, {"rejecting", kParticiple}, {"rejects", 0},
    {"releases", 0}, {"releasing", kParticiple}, {"reluctant", kAdjective | kInfinitive}, {"remarked", 0},
    {"remarking", kParticiple}, {"remarks", kNoun}, {"remembered", 0}, {"remembers", 0}, {"remind", kTakesObject},
    {"reminded", kTakesObject}, {"reminding", kTakesObject | kParticiple}, {"reminds", kTakesObject},
    {"repeated", kNeedsThat | kObjectWhenNamed}, {"repeating", kNeedsThat | kParticiple | kObjectWhenNamed},
    {"repeats", kNeedsThat | kObjectWhenNamed}, {"replied", 0}, {"replies", 0}, {"reported", 0}, {"reports", 0},
    {"requested", 0}, {"requesting", kParticiple}, {"resent", 0}, {"resents", 0}, {"respond", 0, "to"},
    {"responded", 0, "to"}, {"responding", kParticiple, "to"}, {"responds", 0, "to"}, {"retorted", 0}, {"retorts", 0},
    {"retweeted", 0}, {"reveal", kNeedsThat | kObjectWhenNamed}, {"revealed", kNeedsThat | kObjectWhenNamed},
    {"revealing", kNeedsThat | kParticiple | kObjectWhenNamed}, {"reveals", kNeedsThat | kObjectWhenNamed},
    {"ridiculed", 0}, {"said", 0}, {"saw", kNeedsThat | kSeesAs}, {"say", 0}, {"saying", kParticiple}, {"says", 0},
    {"scoffed", 0}, {"scoffs", 0}, {"scolded", 0}, {"screamed", 0}, {"see", kNeedsThat | kSeesAs | kObjectWhenNamed},
    {"seek", kInfinitive}, {"seeking", kInfinitive | kParticiple}, {"seeks", kInfinitive}, {"seem", kRaising},
    {"seemed", kRaising}, {"seems", kRaising}, {"seen", kNeedsThat | kSeesAs}, {"sees", kNeedsThat | kSeesAs | kObjectWhenNamed}, {"shouted", 0},
    {"shouting", kParticiple}, {"shouts", 0}, {"show", 0}, {"showed", 0}, {"showing", kParticiple}, {"shows", 0},
    {"sided", kNeedsThat, "with"}, {"signaled", kNeedsThat | kObjectWhenNamed},
    {"signaling", kNeedsThat | kParticiple | kObjectWhenNamed}, {"signals", kNeedsThat | kObjectWhenNamed},
    {"skeptical", kAdjective, "of"}, {"slam", 0}, {"slammed", 0}, {"slamming", kParticiple}, {"slams", 0},
    {"sought", kInfinitive}, {"sparred", 0, "over"}, {"speaks", kNeedsThat, "about"}, {"speculated", 0},
    {"speculation", kNoun}, {"spoke", kNeedsThat, "about"}, {"spoken", kNeedsThat | kObjectWhenNamed, "about"},
    {"stated", 0}, {"statement", kNoun}, {"statements", kNoun}, {"stating", kParticiple}, {"stress", 0},
    {"stressed", 0}, {"stresses", 0}, {"stressing", kParticiple}, {"suggest", 0}, {"suggested", 0},
    {"suggesting", kParticiple}, {"suggestion", kNoun}, {"suggests", 0}, {"support", 0, "for"}, {"supported", 0},
    {"supporter", kNoun, "of"}, {"supporters", kNoun, "of"}, {"supporting", kParticiple}, {"supportive", kAdjective, "of"}, {"supports", 0}, {"sure", kAdjective},
    {"suspect", kNeedsThat}, {"suspected", kNeedsThat}, {"suspects", kNeedsThat}, {"suspicion", kNoun}, {"swipe", kNoun, "at"}, {"swipes", kNoun, "at"}, {"swore", 0},
    {"talk", kNeedsThat | kObjectWhenNamed, "about"}, {"talked", kNeedsThat | kObjectWhenNamed, "about"},
    {"talking", kParticiple | kNeedsThat | kObjectWhenNamed, "about"},
    {"talks", kNeedsThat | kObjectWhenNamed, "about"}, {"tell", kTakesObject}, {"telling", kTakesObject | kParticiple},
    {"tells", kTakesObject}, {"testified", 0}, {"testifies", 0}, {"testify", 0}, {"testifying", kParticiple},
    {"testimony", kNoun}, {"thanked", 0}, {"thanking", kParticiple}, {"think", 0}, {"thinks", 0},
    {"thought", kNeedsThat | kObjectWhenNamed}, {"threatened", kInfinitive}, {"threatening", kInfinitive | kParticiple},
    {"threatens", kInfinitive}, {"told", kTakesObject}, {"touched", kNeedsThat | kPrepOnly, "on"}, {"touted", 0}, {"touting", kParticiple}, {"touts", 0},
    {"tweeted", 0}, {"tweeting", kParticiple}, {"tweets", 0}, {"unaware", kAdjective, "of"}, {"understands", 0},
    {"unveiled", 0}, {"upset", kAdjective, "about"}, {"urge", kTakesObject}, {"urged", kTakesObject},
    {"urges", kTakesObject}, {"urging", kTakesObject | kParticiple}, {"view", kNoun, "of"}, {"viewed", kNeedsThat | kSeesAs}, {"views", kNeedsThat | kSeesAs, "of"},
    {"vote", kNeedsThat | kPrepOnly, "for"}, {"voted", kNeedsThat | kPrepOnly, "for"}, {"votes", kNeedsThat | kPrepOnly, "for"}, {"voting", kNeedsThat | kParticiple | kPrepOnly, "for"}, {"vow", kNoun | kInfinitive}, {"vowed", kInfinitive}, {"vowing", kInfinitive | kParticiple}, {"vows", kInfinitive},
    {"want", kInfinitive}, {"wanted", kInfinitive}, {"wants", kInfinitive}, {"warn", kTakesObject},
    {"warned", kTakesObject, "of"}, {"warning", kTakesObject | kParticiple, "of"}, {"warnings", kNoun, "about"},
    {"warns", kTakesObject, "of"}, {"wary", kAdjective, "of"}, {"welcome", 0}, {"welcomed", 0}, {"welcomes", 0},
    {"welcoming", kParticiple}, {"whispered", 0}, {"willing", kAdjective | kInfinitive}, {"wished", 0}, {"wonder", 0},
    {"wondered", 0}, {"wondering", kParticiple}, {"wonders", 0}, {"worried", kNeedsThat, "about"},
    {"worries", kNeedsThat, "about"}, {"worry", kNeedsThat, "about"}, {"worrying", kNeedsThat | kParticiple},
    {"write", 0}, {"writes", 0}, {"writing", kParticiple}, {"wrote", 0, "about"}, {"yelled", 0},
    {"yelling", kParticiple}, {"yells", 0},
};
static_assert(std::is_sorted(std::begin(kCues), std::end(kCues),
                             [](const Cue& a, const Cue& b) { return a.word < b.word; }));

constexpr size_t kLongestCue = [] {
  size_t n = 0;
  for (const Cue& c : kCues) n = std::max(n, c.word.size());
  return n;
}();

// Per initial letter and length, the second and last letters its cues have:
// most words fail these tests and never reach the search.
struct CueShape {
  uint32_t second = 0, last = 0;
};
using CueShapes = std::array<std::array<CueShape, kLongestCue + 1>, 26>;
constexpr CueShapes kCueShape = [] {
  CueShapes shape{};
  for (const Cue& c : kCues) {
    CueShape& at = shape[c.word[0] - 'a'][c.word.size()];
    at.second |= 1u << (c.word[1] - 'a');
    at.last |= 1u << (c.word.back() - 'a');
  }
  return shape;
}();

// The cue table as an open-addressing hash of its words, built at compile
// time: a word that passes the shape tests costs one hash and, nearly
// always, one comparison.
constexpr uint32_t CueHash(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char ch : w) h = (h ^ static_cast<uint8_t>(ch)) * 16777619u;
  return h;
}
constexpr size_t kCueSlots = [] {  // a power of two, at most half full
  size_t n = 1;
  while (n < 2 * std::size(kCues)) n *= 2;
  return n;
}();
constexpr std::array<uint16_t, kCueSlots> kCueSlot = [] {
  std::array<uint16_t, kCueSlots> slot{};  // index + 1 into kCues; 0: empty
  for (uint16_t i = 0; i < std::size(kCues); ++i) {
    size_t at = CueHash(kCues[i].word) & (kCueSlots - 1);
    while (slot[at]) at = (at + 1) & (kCueSlots - 1);
    slot[at] = static_cast<uint16_t>(i + 1);
  }
  return slot;
}();

const Cue* FindCue(std::string_view w) {
  if (w.size() < 3 || w.size() > kLongestCue || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z') return nullptr;
  const CueShape& shape = kCueShape[w[0] - 'a'][w.size()];
  const auto last = static_cast<uint32_t>(static_cast<uint8_t>(w.back()) - 'a');  // wraps past 'z' for a non-letter
  if (!(shape.second & (1u << (w[1] - 'a'))) || last >= 26 || !(shape.last & (1u << last))) return nullptr;
  for (size_t at = CueHash(w) & (kCueSlots - 1); kCueSlot[at]; at = (at + 1) & (kCueSlots - 1)) {
    const Cue& c = kCues[kCueSlot[at] - 1];
    if (c.word.size() == w.size() && c.word == w) return &c;
  }
  return nullptr;
}

// A template over the literal list, so that each comparison is inlined
// against a known length and the many small word lists stay off memcmp.
template <size_t N>
inline bool OneOf(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (x.size() == w.size() && x[0] == w[0] && x == w) return true;
  return false;
}

// w.ends_with(suffix) for a literal suffix, inlined with its length known:
// in a file this size the library call is not inlined, and the look-arounds
// ask it of most words.
template <size_t N>
inline bool EndsWith(std::string_view w, const char (&suffix)[N]) {
  constexpr size_t n = N - 1;
  return w.size() >= n && std::memcmp(w.data() + w.size() - n, suffix, n) == 0;
}

// A fixed word list tested by length and first byte before any compare, then
// found in a small open-addressing table: the look-arounds ask these lists
// about nearly every word, and most words are in none of them.
template <size_t N>
class WordSet {
 public:
  constexpr explicit WordSet(const std::string_view (&words)[N]) {
    for (size_t i = 0; i < N; ++i) {
      lengths_ |= uint64_t{1} << words[i].size();
      const auto first = static_cast<uint8_t>(words[i][0]);
      firsts_[first >> 6] |= uint64_t{1} << (first & 63);
      size_t at = Slot(words[i]);
      while (!slots_[at].empty()) at = (at + 1) & (kSlots - 1);
      slots_[at] = words[i];
    }
  }
  bool Has(std::string_view w) const {
    if (w.empty() || w.size() >= 64 || !((lengths_ >> w.size()) & 1)) return false;
    const auto first = static_cast<uint8_t>(w[0]);
    if (!((firsts_[first >> 6] >> (first & 63)) & 1)) return false;
    for (size_t at = Slot(w); !slots_[at].empty(); at = (at + 1) & (kSlots - 1))
      if (slots_[at].size() == w.size() && slots_[at] == w) return true;
    return false;
  }

 private:
  static constexpr size_t kSlots = std::bit_ceil(4 * N);  // at most a quarter full: probes stay short
  // Length and three bytes tell these short lists' words apart nearly always,
  // without a loop over the word.
  static constexpr size_t Slot(std::string_view w) {
    const auto at = [&](size_t i) { return static_cast<uint32_t>(static_cast<uint8_t>(w[i])); };
    const uint32_t h = (at(0) * 0x9E3779B1u) ^ (at(w.size() / 2) * 0x85EBCA77u) ^ (at(w.size() - 1) * 0xC2B2AE3Du) ^
                       (static_cast<uint32_t>(w.size()) * 0x27D4EB2Fu);
    return (h ^ (h >> 15)) & (kSlots - 1);
  }
  std::string_view slots_[kSlots] = {};
  uint64_t lengths_ = 0;
  uint64_t firsts_[4] = {};
};

bool IsPronoun(std::string_view w) {
  static constexpr WordSet kPronouns({"he", "she", "they", "it", "He", "She", "They", "It", "I", "we", "We"});
  return kPronouns.Has(w);
}
// Quantifiers that stand for the people counted: "Some say", "all but two said".
bool IsQuantifier(std::string_view w) {
  static constexpr WordSet kQuantifiers({"some", "Some", "many", "Many", "several", "Several", "both", "Both", "most",
                                         "Most", "others", "Others", "few", "none", "None", "all", "All", "two",
                                         "three", "One", "another", "Another"});
  return kQuantifiers.Has(w);
}
// Times of day a "by" phrase can name: "identified by midday".
bool IsTimeWord(std::string_view w) {
  return OneOf(w, {"midday", "noon", "midnight", "then", "now", "dawn", "nightfall", "today", "tonight", "tomorrow",
                   "yesterday"});
}

// Spelled-out counts before a noun: "two alleged attempts", "dozens of".
bool IsCountWord(std::string_view w) {
  static constexpr WordSet kCounts({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                    "twelve", "dozen", "dozens", "hundreds", "thousands", "millions", "several"});
  return kCounts.Has(w);
}
bool IsWeekday(std::string_view w) {
  return OneOf(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});
}
bool IsMonth(std::string_view w) {
  return OneOf(w, {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December"});
}
bool IsSubjectPronoun(std::string_view w) {
  return OneOf(w, {"he", "she", "they", "we", "I", "you", "there"});
}
bool IsDeterminer(std::string_view w) {
  static constexpr WordSet kDeterminers({"the", "The", "a", "A", "an", "An", "this", "This", "that", "That", "his",
                                         "her", "its", "their", "His", "Her", "Its", "Their", "one", "One", "two",
                                         "several", "many", "some", "Some", "other", "another", "both", "Both"});
  return kDeterminers.Has(w);
}
// Words between a speaker and its cue: "Austin has also said", "she later told".
bool IsAuxiliary(std::string_view w) {
  static constexpr WordSet kAuxiliaries({"has", "have", "had", "also", "later", "then", "previously", "once",
                                         "repeatedly", "would", "will", "could", "may", "might", "did", "does", "do",
                                         "not", "never", "recently", "earlier", "again", "publicly", "privately",
                                         "reportedly", "further", "often", "long", "already", "still", "now", "just",
                                         "even", "first", "separately", "can", "cannot", "should", "must", "didn't",
                                         "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "wouldn't",
                                         "wouldn’t", "can't", "can’t", "hasn't", "hasn’t", "haven't", "haven’t",
                                         "always", "generally", "largely", "continue", "continues", "continued", "too",
                                         "very", "yet", "here"});
  return kAuxiliaries.Has(w);
}
// A verb's base form ("say", "show"), not "says", "said", "told", "shown".
bool IsBaseForm(std::string_view w) {
  return !(EndsWith(w, "s") || EndsWith(w, "ed") || EndsWith(w, "ing") || EndsWith(w, "en") || EndsWith(w, "wn")) &&
         !OneOf(w, {"said", "told", "wrote", "thought", "felt", "knew", "saw", "found", "spoke", "swore", "sought",
                    "forecast", "read", "made", "put", "set"});
}
// Past tenses that do not end in -ed: "The mayor went", "Clinton ran".
bool IsIrregularPast(std::string_view w) {
  return OneOf(w, {"went", "put", "made", "gave", "took", "got", "came", "sent", "released", "issued", "began", "won",
                   "lost", "ran", "held", "kept", "left", "met", "stood", "brought"});
}
bool IsAuxiliaryOrAdverb(std::string_view w) {
  return IsAuxiliary(w) || (w.size() > 4 && EndsWith(w, "ly") && w[0] >= 'a' && w[0] <= 'z');
}
// The last words of the time phrases SkipTime reads: "on Tuesday", "in
// June", "last week", "Monday night".
bool EndsTimePhrase(std::string_view w) {
  static constexpr WordSet kLastWords({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                       "January", "February", "March", "April", "May", "June", "July", "August",
                                       "September", "October", "November", "December", "yesterday", "today", "week",
                                       "month", "year", "weekend", "night", "morning", "afternoon", "evening"});
  return kLastWords.Has(w);
}
// The particles of phrasal verbs: "walked out", "backed away".
bool IsParticle(std::string_view w) { return OneOf(w, {"away", "out", "off", "up", "down", "back"}); }
// Conjunctions that open an adverbial clause: "told his advisers as he labored".
bool IsSubordinator(std::string_view w) {
  return OneOf(w, {"as", "when", "while", "after", "before", "because", "since", "if", "until"});
}
// Lower-case words a speaker noun phrase never contains.
bool EndsNounPhrase(std::string_view w) {
  static constexpr WordSet kEnders({"that", "which", "who", "and", "but", "or", "because", "when", "while", "if", "as",
                                    "after", "before", "than", "so", "to", "in", "on", "at", "for", "with", "by",
                                    "from", "about", "is", "was", "are", "were", "be", "been", "being", "what", "where",
                                    "how", "why", "not", "also", "into", "over", "against", "under", "since", "until",
                                    "though", "although", "whether", "there", "here", "it", "he", "she", "they", "we",
                                    "I", "you", "said", "says", "however", "instead", "meanwhile", "during", "through",
                                    "unless", "between"});
  return kEnders.Has(w);
}

// EndsNounPhrase for a sentence-initial capitalized word too ("But", "While").
bool EndsNounPhraseAnyCase(std::string_view w) {
  if (EndsNounPhrase(w)) return true;
  if (w.size() < 2 || w.size() > 8 || w[0] < 'A' || w[0] > 'Z') return false;
  char lower[8];
  std::copy(w.begin(), w.end(), lower);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  std::string_view l(lower, w.size());
  return EndsNounPhrase(l) || IsAuxiliary(l) ||
         OneOf(l, {"among", "despite", "during", "asked", "like", "unlike", "meanwhile", "however", "yet", "besides",
                   "amid", "following", "upon", "throughout", "across", "beyond", "without", "once"});
}

// An adjective that follows the noun it describes and names who someone is
// by what they know or whom they serve: "people familiar with the talks", "a
// source close to him".
bool IsPostModifier(std::string_view w) {
  return OneOf(w, {"familiar", "close", "closest", "knowledgeable", "briefed", "loyal", "involved"});
}

// Capitalized words that head no speaker: "Wednesday, officials said" is not
// Wednesday speaking, nor is "Having said that".
bool IsNeverSpeaker(std::string_view w) {
  return OneOf(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Hours",
                   "Days", "Weeks", "Months", "Years", "Minutes", "Today", "Yesterday", "Tonight"}) ||
         (w.size() > 4 && EndsWith(w, "ing") && w[0] >= 'A' && w[0] <= 'Z');
}

// The most tokens of a sentence that only tags the quotation before it:
// "Rubio said.", "the senator told reporters on Monday.".
constexpr uint32_t kShortTag = 10;

// A verb that is no cue itself but whose subject is the speaker ("is" in
// "is confident that", "put" in "as X put it:"), for Speaker to look up.
constexpr Cue kPlainVerb = {"is", 0};

// How deep reported speech is looked for inside reported speech: "X said Y
// told him Z" is two levels.
constexpr int kNestedDepth = 2;

// ---- token helpers --------------------------------------------------------------

class QuoteFinder {
 public:
  explicit QuoteFinder(Document& doc) : doc_(doc), n_(static_cast<uint32_t>(doc.tokens.size())) {}

  void Run() {
    // Each token's cue, looked up once: the look-arounds ask again and again.
    cue_at_.assign(n_, nullptr);
    for (uint32_t i = 0; i < n_; ++i) {
      if (!IsWord(i)) continue;
      std::string_view w = Text(i);
      cue_at_[i] = FindCue(w);
      if (w == "according") according_.push_back(i);  // rare: TrailingAccordingTo visits these only
      const size_t n = w.size();  // "...edly", by bytes: this runs on every word
      if (n >= 9 && w[n - 1] == 'y' && w[n - 2] == 'l' && w[n - 3] == 'd' && w[n - 4] == 'e' &&
          OneOf(w, {"reportedly", "Reportedly", "allegedly", "Allegedly", "purportedly", "Purportedly"}))
        evidential_.push_back(i);
      // "Said Dorothy Poynter, ...", "Trump Says He Never Pledged ...": a
      // capitalized cue word that names nothing.
      if (!cue_at_[i] && Capitalized(i) && w.size() >= 3 && w.size() <= kLongestCue && w[0] >= 'A' && w[0] <= 'Z' &&
          w[1] >= 'a' && w[1] <= 'z') {
        char lower[kLongestCue];
        std::copy(w.begin(), w.end(), lower);
        lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
        const Cue* cue = FindCue(std::string_view(lower, w.size()));
        if (cue && EntityOverlapping(doc_.tokens[i].span) < 0) cue_at_[i] = cue;
      }
    }
    inside_quote_.assign(n_, 0);
    cue_used_.assign(n_, 0);
    FindPeople();
    first_paragraph_end_ = 1;
    while (first_paragraph_end_ < n_ && !ParagraphStart(first_paragraph_end_)) ++first_paragraph_end_;
    FindQuoted();
    quoted_count_ = doc_.quotes.size();
    absorbed_.assign(quoted_count_, 0);
    FindIndirect();
    // Partial quotes that the reported clause holding them reports whole.
    for (size_t i = quoted_count_; i < doc_.quotes.size(); ++i) AbsorbPartials(doc_.quotes[i]);
    size_t kept = 0;
    for (size_t i = 0; i < doc_.quotes.size(); ++i)
      if (i >= quoted_count_ || !absorbed_[i]) doc_.quotes[kept++] = doc_.quotes[i];
    doc_.quotes.resize(kept);
    // By start, a quote before the nested quotes it holds.
    std::stable_sort(doc_.quotes.begin(), doc_.quotes.end(), [](const Quote& a, const Quote& b) {
      return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
    });
  }

 private:
  struct Attribution {
    std::optional<Span> speaker, cue;
    uint32_t cue_token = 0;
  };
  // What FindQuoted knows about each quotation while attributing the next.
  struct Quoted {
    uint32_t open, first;  // token indices: the opening mark, the first word inside
    uint32_t close;        // the last token of the closing mark; == open when the paragraph ends it
    uint32_t end;          // the last token of the quotation, marks included
    uint32_t paragraph;    // token index where its paragraph starts
    Attribution a;
  };

  std::string_view Text(uint32_t i) const { return doc_.TokenText(i); }
  TokenKind Kind(uint32_t i) const { return doc_.tokens[i].kind; }
  bool IsWord(uint32_t i) const { return Kind(i) == TokenKind::kWord; }
  bool Capitalized(uint32_t i) const { return doc_.tokens[i].flags & Token::kCapitalized; }
  bool ParagraphStart(uint32_t i) const { return doc_.tokens[i].flags & Token::kParagraphStart; }
  const Cue* CueAt(uint32_t i) const { return cue_at_[i]; }
  // The first byte before the rest: most tokens asked about differ there, and
  // the call to memcmp is then never made.
  bool Is(uint32_t i, std::string_view w) const {
    if (i >= n_) return false;
    std::string_view t = Text(i);
    return t.size() == w.size() && !t.empty() && t[0] == w[0] && t == w;
  }
  bool IsTerminator(uint32_t i) const {
    return Kind(i) == TokenKind::kPunct && OneOf(Text(i), {".", "!", "?", "...", "\xE2\x80\xA6"});
  }
  // Double marks pair into quotations; single marks only nest inside them.
  bool IsDoubleMark(uint32_t i) const {
    std::string_view t = Text(i);
    return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x9E" ||
           t == "\xC2\xAB" || t == "\xC2\xBB";
  }
  Span Tokens(uint32_t first, uint32_t last) const {
    return Span{doc_.tokens[first].span.begin, doc_.tokens[last].span.end};
  }
  const Sentence& SentenceOf(uint32_t token) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token,
                               [](uint32_t t, const Sentence& s) { return t < s.first_token; });
    return it == doc_.sentences.begin() ? *it : *(it - 1);
  }
  // A short time phrase starting at token i ("on Tuesday", "last week",
  // "Monday night", "earlier this month"): the token after it, or i.
  uint32_t SkipTime(uint32_t i, uint32_t end) const {
    uint32_t t = i;
    if (t < end && OneOf(Text(t), {"on", "late", "earlier", "in"})) ++t;
    if (t < end && OneOf(Text(t), {"last", "this", "next"})) ++t;
    // "in June", "A Bloomberg poll in June showed", "released in late August".
    if (t < end && t > i && Is(i, "in") && OneOf(Text(t), {"late", "early", "mid"})) ++t;
    if (t < end && t > i && Is(i, "in") && IsMonth(Text(t))) return t + 1;
    if (t < end && (IsWeekday(Text(t)) || OneOf(Text(t), {"yesterday", "today", "week", "month", "year", "weekend",
                                                          "night", "morning"}))) {
      ++t;
      if (t < end && OneOf(Text(t), {"night", "morning", "afternoon", "evening"})) ++t;
      return t;
    }
    return i;
  }
  // The time phrase ending right before token i ("Clinton on Tuesday said"):
  // where it starts, or i.
  uint32_t SkipTimeBack(uint32_t i, uint32_t floor) const {
    if (i == floor || !IsWord(i - 1)) return i;  // every time phrase ends in a word
    // "The State Department less than two weeks ago said": back over the
    // amount of time before "ago".
    if (i > floor + 2 && Is(i - 1, "ago")) {
      uint32_t b = i - 1;
      while (b > floor && b + 6 > i &&
             (Kind(b - 1) == TokenKind::kNumber ||
              OneOf(Text(b - 1), {"days", "weeks", "months", "years", "day", "week", "month", "year", "hours", "a",
                                  "few", "two", "three", "several", "less", "more", "than", "about", "just"})))
        --b;
      return b;
    }
    if (!EndsTimePhrase(Text(i - 1))) return i;  // nearly always: then no start reaches i
    for (uint32_t b = i > floor + 4 ? i - 4 : floor; b < i; ++b)
      if (IsWord(b) && SkipTime(b, i) == i) return b;
    return i;
  }

  uint32_t ParagraphOf(uint32_t token) const {
    while (token > 0 && !ParagraphStart(token)) --token;
    return token;
  }

  // ---- speakers -------------------------------------------------------------------

  // The speaker noun phrase ending right before the cue at `cue`, not reaching
  // back before `floor`: a pronoun, a capitalized name ("Defense Secretary
  // Lloyd Austin"), or a noun phrase back to its determiner ("a foreign
  // ministry statement", "the Kremlin", "officials").
  std::optional<Span> SpeakerBefore(uint32_t cue, uint32_t floor, bool in_phrase = false) const {
    const uint32_t k = SubjectEnd(cue, floor);
    if (k == floor) return std::nullopt;
    uint32_t head = k - 1;
    if (Kind(head) == TokenKind::kNumber) return doc_.tokens[head].span;  // "Six in 10 say"
    // "47% say"
    if (Is(head, "%") && head > floor && Kind(head - 1) == TokenKind::kNumber) return Tokens(head - 1, head);
    if (!IsWord(head)) return std::nullopt;
    std::string_view h = Text(head);
    // "John Bolton and Sebastian Gorka both denounced": a floating
    // quantifier after a name stands for it.
    if (OneOf(h, {"both", "all"}) && head > floor && IsWord(head - 1) && Capitalized(head - 1) &&
        !EndsNounPhraseAnyCase(Text(head - 1)))
      return SpeakerBefore(head, floor, in_phrase);
    if (IsPronoun(h) || IsQuantifier(h)) return doc_.tokens[head].span;
    // "Tube workers walked out last week demanding": a particle ends a verb
    // ("walked out"), whose subject the participle shares.
    if (const Cue* c = CueAt(cue); c && (c->flags & kParticiple) && IsParticle(h) && head > floor + 1 &&
                                   IsWord(head - 1) && !Capitalized(head - 1))
      return SpeakerBefore(head - 1, floor, in_phrase);
    // "Barkley, who typically votes Democratic, said": the relative pronoun is
    // the mention nearest the cue; SetSpeaker resolves it to its antecedent.
    if (h == "who" || h == "which") return doc_.tokens[head].span;
    // "a message that said", "the poll that showed": "that" after a noun
    // stands for it (PolNeAR marks the noun more often than the "that").
    if (h == "that" && head > floor && IsWord(head - 1) && !CueAt(head - 1) && !IsDeterminer(Text(head - 1)) &&
        !EndsNounPhraseAnyCase(Text(head - 1)) && !IsAuxiliaryOrAdverb(Text(head - 1)) && !IsPronoun(Text(head - 1)))
      return SpeakerBefore(head, floor);
    // A name that looks like a participle ("Boreing said") is still a name.
    if (EndsNounPhraseAnyCase(h) || IsDeterminer(h) ||
        (IsNeverSpeaker(h) && EntityOverlapping(doc_.tokens[head].span) < 0))
      return std::nullopt;
    // "The discovery has prompted fears": a participle after "has" is the
    // verb of the clause, and the cue its object, a noun.
    if (h.size() > 3 && EndsWith(h, "ed") && head > floor && IsAuxiliary(Text(head - 1)) && !Capitalized(head))
      return std::nullopt;
    // "Avery repeated accusations that": a past-tense cue verb is the
    // speaker's verb, not the head of a noun phrase.
    if (const Cue* verb = CueAt(head); verb && !(verb->flags & kNoun) && EndsWith(h, "ed")) return std::nullopt;
    uint32_t first = head;
    while (first > floor && head - first < 6) {
      uint32_t p = first - 1;
      std::string_view w = Text(p);
      if (Kind(p) == TokenKind::kPossessive || Kind(p) == TokenKind::kNumber) { --first; continue; }
      // "the 35-year-old": a hyphen inside a word joins it.
      if (w == "-" && p > floor && !(doc_.tokens[p].flags & Token::kSpaceBefore) &&
          !(doc_.tokens[p + 1].flags & Token::kSpaceBefore)) {
        --first;
        continue;
      }
      if (!IsWord(p) || IsPronoun(w)) break;
      if (OneOf(w, {"whom", "whose"})) break;  // "arrangers whom police have not identified"
      // "world number one Jimmy Connors": a rank, not a determiner.
      if (IsDeterminer(w)) {
        if (!(Is(p, "one") && p > floor && Is(p - 1, "number"))) first = p;
        break;
      }
      // "At least half of voters say", "at most a third".
      if (OneOf(w, {"least", "most"}) && p > floor && OneOf(Text(p - 1), {"at", "At"})) { first = p - 1; break; }
      if (w == "of" && p > floor && Capitalized(p - 1) && Capitalized(first)) { --first; continue; }
      // "75 percent of Democrats": a share of a named group.
      if (const std::optional<uint32_t> share = w == "of" ? ShareBefore(p, floor) : std::nullopt) {
        first = *share;
        continue;
      }
      if (EndsNounPhraseAnyCase(w) || CueAt(p)) break;
      // A lower-case word before a name is a verb or preposition, not part of it.
      if (!Capitalized(p) && Capitalized(first) && Capitalized(head)) break;
      --first;
    }
    // "most of the voters", "half of the members": the share of the group.
    if (IsDeterminer(Text(first)) && first > floor + 1 && Is(first - 1, "of"))
      if (const std::optional<uint32_t> share = ShareBefore(first - 1, floor)) first = *share;
    // The head noun a "for"/"of" phrase hangs on: "A spokesman for the campaign".
    if (first >= floor + 2 && IsDeterminer(Text(first)) && OneOf(Text(first - 1), {"for", "of"}) &&
        IsWord(first - 2) && !Capitalized(first - 2) && !CueAt(first - 2) &&
        !EndsNounPhraseAnyCase(Text(first - 2)) && !IsAuxiliaryOrAdverb(Text(first - 2))) {
      uint32_t f = first - 2;
      while (f > floor && f + 4 > first && IsWord(f - 1) && !IsDeterminer(Text(f)) && !Capitalized(f - 1) &&
             !EndsNounPhraseAnyCase(Text(f - 1)) && !CueAt(f - 1))
        --f;
      if (f > floor && IsDeterminer(Text(f - 1))) --f;
      if (IsDeterminer(Text(f)) || (f == floor || !IsWord(f - 1))) first = f;
    }
    // "Trump at the time said", "voters in Iowa say", "people familiar with
    // the talks said", "a source close to him said": the phrase is the
    // object of a preposition, and the speaker the noun phrase it modifies.
    if (!in_phrase && first > floor + 1 && IsWord(first - 2) &&
        (OneOf(Text(first - 1), {"at", "in", "for", "from", "on", "during"}) ||
         (OneOf(Text(first - 1), {"with", "to"}) && IsPostModifier(Text(first - 2)))))
      if (auto outer = SpeakerBefore(first - 1, floor, true)) {
        if (BaseFormAfterSingular(doc_.TokenAt(outer->begin), head, cue)) return std::nullopt;
        // "up from 50 billion rupiah pledged last week": a change of a
        // figure, the participle an adjective on it; no one speaks.
        if (OneOf(doc_.Slice(*outer), {"up", "down"})) return std::nullopt;
        return Span{outer->begin, doc_.tokens[head].span.end};
      }
    if (Is(first, "of") && first < head) ++first;  // "(a trawl) of court records found": the records
    if (!HeadsSpeaker(first, head, cue)) return std::nullopt;
    return Tokens(first, head);
  }

  // Back from `k` over auxiliaries and adverbs ("has also repeatedly").
  uint32_t PastAdverbs(uint32_t k, uint32_t floor) const {
    while (k > floor && IsWord(k - 1) && IsAuxiliaryOrAdverb(Text(k - 1))) --k;
    return k;
  }

  // The token after the subject of the cue at `cue`: back over what can
  // stand between a subject and its verb — auxiliaries and adverbs, a
  // contracted "be"/"have", a time phrase and a progressive's "be", the
  // last two in either order ("He was last week saying", "Feinstein
  // (D-Calif.) last week was saying").
  uint32_t SubjectEnd(uint32_t cue, uint32_t floor) const {
    uint32_t k = PastAuxiliaries(cue, floor);
    if (k > floor + 1 && Contraction(k - 1)) --k;  // "He’s predicting", "she’s also praising"
    k = PastAdverbs(k, floor);
    // "He was referring to": a progressive cue has its subject before the "be".
    bool progressive = EndsWith(Text(cue), "ing");
    const auto past_be = [&] {
      if (progressive && k > floor && OneOf(Text(k - 1), {"is", "was", "are", "were"})) {
        progressive = false;
        k = PastAdverbs(k - 1, floor);
      }
    };
    past_be();
    k = SkipTimeBack(k, floor);
    // "which in 2004 reported revenues": a year after its preposition is a time, and the
    // speaker stands before it ("more than 4 in 10 said" is a share of people).
    if (k > floor + 1 && doc_.tokens[k - 1].kind == TokenKind::kNumber && Text(k - 1).size() == 4 &&
        (Text(k - 1)[0] == '1' || Text(k - 1)[0] == '2') && OneOf(Text(k - 2), {"in", "by", "since", "until"}))
      k -= 2;
    k = PastAdverbs(k, floor);
    past_be();
    // "McConnell, who has both endorsed": a quantifier after an auxiliary is
    // an adverb; so is "in the past" ("who has in the past described").
    if (k > floor + 1 && OneOf(Text(k - 1), {"both", "all"}) && IsAuxiliary(Text(k - 2))) k = PastAdverbs(k - 1, floor);
    if (k > floor + 3 && Is(k - 1, "past") && Is(k - 2, "the") && Is(k - 3, "in") && IsAuxiliary(Text(k - 4)))
      k = PastAdverbs(k - 3, floor);
    return k;
  }

  // Where the share ending before the "of" at `of` starts ("75 percent",
  // "47%", "most", "half"), if one does.
  std::optional<uint32_t> ShareBefore(uint32_t of, uint32_t floor) const {
    if (of <= floor) return std::nullopt;
    const uint32_t w = of - 1;
    if (OneOf(Text(w), {"most", "Most", "some", "Some", "many", "Many", "half", "Half", "all", "All"})) return w;
    if ((Is(w, "percent") || Is(w, "%")) && w > floor && Kind(w - 1) == TokenKind::kNumber) return w - 1;
    return std::nullopt;
  }

  // The token after the subject of the cue at `cue`: back over auxiliaries
  // and adverbs, and over a verb of beginning or going on before a gerund
  // ("he began dismissing", "she kept saying"), which shares its subject.
  uint32_t PastAuxiliaries(uint32_t cue, uint32_t floor) const {
    const uint32_t k = PastAdverbs(cue, floor);
    if (k == cue && k > floor + 1 && EndsWith(Text(cue), "ing") &&
        OneOf(Text(k - 1), {"began", "begins", "begin", "started", "starts", "kept", "keeps", "stopped", "resumed"}))
      return PastAdverbs(k - 1, floor);
    return k;
  }

  // Whether tokens [first, head] can be the subject of the cue word at
  // `verb`, or are a fragment of a longer noun phrase: "an international
  // awards (show)" has a singular determiner before a plural noun, so the
  // cue word after it is the head noun. A cue word in -s can be a plural
  // noun too, and is one after a plural subject it would disagree with
  // ("their Oscars (hopes)"), after a modal and its verb ("Rank
  // could unveil (plans)") and after a gerund or a possessor's modifier
  // ("boosting (hopes)", "its spending (plans)").
  bool HeadsSpeaker(uint32_t first, uint32_t head, uint32_t verb) const {
    if (BaseFormAfterSingular(first, head, verb)) return false;
    // "the TV show", "a reality show", "the roll call", "his peace plan":
    // these cue words after a singular noun are the compound's head (but
    // "data show", "more call themselves"; with its preposition the noun
    // still reports: "a grim view of").
    if (verb == head + 1 && IsWord(head) && OneOf(Text(verb), {"show", "call", "plan", "vote", "view"}) &&
        !(CueAt(verb) && !CueAt(verb)->prep.empty() && Is(verb + 1, CueAt(verb)->prep)) &&
        !EndsWith(Text(head), "s") && !IsPronoun(Text(head)) && !IsQuantifier(Text(head)) &&
        !OneOf(Text(head),
               {"data", "Data", "media", "people", "police", "Police", "more", "fewer", "public", "staff"}) &&
        NounCompoundHead(head))
      return false;
    // "a union of pilots", "a group representing nurses": the determiner's
    // noun comes before a phrase on it, and agreement is that noun's.
    bool of = false;
    for (uint32_t t = first; t <= head; ++t)
      of |= Is(t, "of") ||
            (t > first && t < head && IsWord(t) && !Capitalized(t) && Text(t).size() > 5 && EndsWith(Text(t), "ing"));
    const bool singular =
        !of && OneOf(Text(first), {"a", "an", "A", "An", "another", "Another", "each", "Each", "every", "Every"});
    if (!IsWord(head) || (Capitalized(head) && EntityOverlapping(Tokens(first, head)) >= 0)) return true;
    std::string_view h = Text(head);
    const bool plural = !Capitalized(head) && h.size() > 3 && EndsWith(h, "s") && !EndsWith(h, "ss") &&
                        !EndsWith(h, "us") && !EndsWith(h, "is") && !IsQuantifier(h);
    if (plural && singular && first < head) return false;
    const Cue* cue = CueAt(verb);
    std::string_view v = Text(verb);
    if (!cue || (cue->flags & kNoun) || !EndsWith(v, "s") || EndsWith(v, "ss") || v == "says") return true;
    // "a paper by four economists suggests": a preposition's object is not
    // the subject the verb agrees with.
    const bool object = first > 0 && IsWord(first - 1) && EndsNounPhrase(Text(first - 1));
    if (plural && !of && !object) return false;
    for (uint32_t t = first + 1; t <= head; ++t)
      if (OneOf(Text(t), {"could", "would", "will", "can", "may", "might", "should", "must"})) return false;
    // "hold (talks)", "has no (plans)", "very little (mention)": a verb or a
    // determiner before the cue word makes it their object.
    if (OneOf(h, {"has", "have", "had", "hold", "held", "holds", "holding", "no", "little", "any", "much", "make",
                  "made", "makes", "got", "get", "gets", "getting"}))
      return false;
    const bool gerund = !Capitalized(head) && h.size() > 4 && EndsWith(h, "ing");
    if (gerund && (first == head || OneOf(Text(first), {"its", "their", "his", "her", "our"}))) return false;
    // "They not only cracked (jokes)": a verb in -s never follows a past
    // form, so the past form is the verb and the cue word its object.
    return !(first < head && head + 1 == verb && !Capitalized(head) && h.size() > 4 && EndsWith(h, "ed"));
  }

  // Whether the word at `t` can modify a noun after it: a capitalized word
  // naming no person ("TV", "CW") or a lower-case noun or adjective, not a
  // verb or an adverb.
  bool NounCompoundHead(uint32_t t) const {
    std::string_view w = Text(t);
    if (Capitalized(t)) {
      const int e = EntityOverlapping(doc_.tokens[t].span);
      return e < 0 || doc_.entities[e].type != EntityType::kPerson;
    }
    return !IsAuxiliaryOrAdverb(w) && !EndsNounPhrase(w) && !EndsWith(w, "ed") && !IsDeterminer(w);
  }

  // "a host on the TV (show)": after a singular determiner, a base form
  // right after the head, with no auxiliary, is no verb of it. Not a share
  // ("a third say"), a question ("does a voter care"), or a cue with its
  // preposition, a noun PolNeAR reports ("an impassioned call for").
  bool BaseFormAfterSingular(uint32_t first, uint32_t head, uint32_t verb) const {
    const Cue* base = verb == head + 1 && IsBaseForm(Text(verb)) ? CueAt(verb) : nullptr;
    if (!base || (base->flags & kNoun) || (!base->prep.empty() && Is(verb + 1, base->prep)) ||
        !OneOf(Text(first), {"a", "an", "A", "An", "another", "Another", "each", "Each", "every", "Every"}) ||
        Kind(head) == TokenKind::kNumber ||
        OneOf(Text(head), {"percent", "third", "half", "quarter", "majority", "minority", "plurality", "fifth"}) ||
        (first > 0 && OneOf(Text(first - 1), {"does", "did", "do", "can", "could", "will", "would", "should", "may",
                                              "might", "must"})))
      return false;
    for (uint32_t t = first; t <= head; ++t)
      if (Is(t, "of")) return false;
    return true;
  }

  // Whether the "’s" at token t is "is" or "has" after a pronoun ("He’s
  // said", "it’s known"), not a possessive.
  bool Contraction(uint32_t t) const {
    return t > 0 && Kind(t) == TokenKind::kPossessive && IsWord(t - 1) &&
           (IsPronoun(Text(t - 1)) || OneOf(Text(t - 1), {"that", "That", "who", "there", "There"}));
  }

  // The speaker after an inverted cue ("said Lloyd Austin", "said the official").
  std::optional<Span> SpeakerAfter(uint32_t cue, uint32_t limit) const {
    uint32_t k = cue + 1;
    if (k >= limit || !IsWord(k)) return std::nullopt;
    if (IsPronoun(Text(k))) return doc_.tokens[k].span;
    // "warned of a “ferocious” battle": a preposition opens no speaker.
    if (OneOf(Text(k), {"of", "to", "for", "in", "on", "at", "about", "with", "by", "from", "against", "over"}))
      return std::nullopt;
    // "according to one of his senior aides", "said some of the officials".
    if ((IsDeterminer(Text(k)) || IsQuantifier(Text(k))) && k + 1 < limit && Is(k + 1, "of"))
      if (std::optional<Span> whole = SpeakerAfter(k + 1, limit)) return Span{doc_.tokens[k].span.begin, whole->end};
    uint32_t e = k;
    if (IsDeterminer(Text(e))) ++e;
    // Through the head: capitalized words, or lower-case nouns of the phrase.
    // "said a 2008 Clinton veteran": a number may modify the head, and a
    // hyphen join a word ("the 74-year-old comedian").
    while (e < limit && e - k < 6 &&
           (IsWord(e) || Kind(e) == TokenKind::kPossessive || (Kind(e) == TokenKind::kNumber && e > k) ||
            (Is(e, "-") && e > k && !(doc_.tokens[e].flags & Token::kSpaceBefore) && e + 1 < limit &&
             !(doc_.tokens[e + 1].flags & Token::kSpaceBefore))) &&
           // "said lobbyist and GOP strategist Charlie Black": titles joined.
           (!EndsNounPhraseAnyCase(Text(e)) || (Is(e, "and") && e > k && e + 1 < limit && IsWord(e + 1))) &&
           !IsAuxiliary(Text(e)) &&
           // "according to a statement": after a determiner a cue word is a noun.
           (!CueAt(e) || (e > k && IsDeterminer(Text(e - 1)))) &&
           !(e > k && SkipTime(e, limit) > e) &&  // not "residents last year"
           // "said the Khan family deserved better": a past tense after a
           // noun is the next clause's verb ("the embattled leader" is not).
           !(e > k && IsWord(e) && !Capitalized(e) && !IsDeterminer(Text(e - 1)) &&
             ((Text(e).size() > 3 && EndsWith(Text(e), "ed")) || IsIrregularPast(Text(e)))) &&
           !(e > k && Is(e, "of") && !Capitalized(e + 1)))
      ++e;
    while (e > k + 1 && Is(e - 1, "and")) --e;  // "said Smith and added"
    if (e == k || (e == k + 1 && IsDeterminer(Text(k)))) return std::nullopt;
    return Tokens(k, e - 1);
  }

  // "told a news conference the talks would resume", "told parliament the
  // budget would be cut": one tells someone first, so a short lower-case
  // noun phrase before the opening of a clause (a name, a determiner, a
  // subject pronoun, a number) is the addressee. The token after it, or t.
  uint32_t PastAddressee(uint32_t t, uint32_t end) const {
    uint32_t e = t;
    if (e < end && IsWord(e) && IsDeterminer(Text(e)) && !Is(e, "that")) ++e;
    const uint32_t head = e;
    while (e < end && e < head + 3 && IsWord(e) && !Capitalized(e) && !IsDeterminer(Text(e)) &&
           !IsPronoun(Text(e)) && !IsAuxiliaryOrAdverb(Text(e)) && !EndsNounPhrase(Text(e)) && !Is(e, "of") && !CueAt(e) &&
           !EndsWith(Text(e), "ed"))
      ++e;
    if (e == head || e >= end) return t;
    // "told host Chris Cuomo she believed": a bare title before a name is
    // the addressee's, and the clause opens after the name.
    if (head == t && IsWord(e) && Capitalized(e)) {
      while (e < end && IsWord(e) && Capitalized(e)) ++e;
      if (e >= end || !IsWord(e) || !(IsSubjectPronoun(Text(e)) || Is(e, "it") || IsDeterminer(Text(e)))) return t;
    }
    const bool opens_clause = Kind(e) == TokenKind::kNumber ||
                              (IsWord(e) && (Capitalized(e) || IsDeterminer(Text(e)) || IsSubjectPronoun(Text(e)) ||
                                             Is(e, "it")));
    return opens_clause ? e : t;
  }

  bool AllCapitalized(uint32_t from, uint32_t to) const {
    for (uint32_t t = from; t < to; ++t)
      if (IsWord(t) && !Capitalized(t)) return false;
    return true;
  }

  bool ThatWithin(uint32_t from, uint32_t to) const {
    for (uint32_t t = from; t < to; ++t)
      if (Is(t, "that")) return true;
    return false;
  }

  // The phrase at token t after an inverted speaker's head that modifies it
  // ("said a spokesman for the ministry", "said people familiar with the
  // talks"): the token after it, when it runs to a comma or the end of the
  // sentence with no verb or clause of its own; else t.
  uint32_t ModifierTail(uint32_t t, uint32_t end) const {
    uint32_t e = t;
    if (e < end && IsWord(e) && IsPostModifier(Text(e))) ++e;
    if (e >= end || !OneOf(Text(e), {"for", "of", "from", "with", "at", "to", "on", "in", "by"})) return t;
    // "to" before a verb is an infinitive: "strategists plan to secure".
    if (Is(e, "to") && e + 1 < end && !IsDeterminer(Text(e + 1)) && !Capitalized(e + 1) &&
        !OneOf(Text(e + 1), {"him", "her", "them", "us"}))
      return t;
    for (++e; e < end && e < t + 10 && !Is(e, ",") && !IsTerminator(e); ++e) {
      const bool word = IsWord(e) || Kind(e) == TokenKind::kPossessive || Kind(e) == TokenKind::kNumber || Is(e, "-");
      if (!word || inside_quote_[e] || IsAuxiliary(Text(e)) || IsSubjectPronoun(Text(e)) ||
          OneOf(Text(e), {"that", "who", "which", "and", "but", "when", "because", "is", "was", "are", "were"}))
        return t;
      // A verb ends the phrase: "for the talks" is a noun after its
      // determiner, "for years pushed" a clause.
      const bool after_determiner = IsDeterminer(Text(e - 1)) || Kind(e - 1) == TokenKind::kPossessive;
      if (!after_determiner && !Capitalized(e) && (CueAt(e) || EndsWith(Text(e), "ed"))) return t;
    }
    return e < end && !Is(e, ",") && !IsTerminator(e) ? t : e;
  }

  // Who "according to" names: the phrase after it, through the agent of a
  // source that has one ("an analysis by the Pew Research Center", "a tally
  // from the AP", "audio provided by Wyoming Public Radio").
  std::optional<Span> AccordingSource(uint32_t to, uint32_t limit) const {
    std::optional<Span> s = SpeakerAfter(to, limit);
    if (!s) return s;
    uint32_t t = to + 1;
    while (t < limit && doc_.tokens[t].span.end <= s->end) ++t;
    if (t + 1 < limit && IsWord(t) && !Capitalized(t) && EndsWith(Text(t), "ed") && Is(t + 1, "by")) ++t;
    if (t + 1 >= limit || !OneOf(Text(t), {"by", "from", "of", "with"})) return s;
    if (auto agent = SpeakerAfter(t, limit)) return Span{s->begin, agent->end};
    return s;
  }

  // The subject at the start of the sentence, for "..., saying that", "X
  // criticized Y and said", "X, a spokesman for Y, said": a pronoun, or a name
  // or noun phrase up to its first lower-case word after a capitalized run.
  std::optional<Span> SentenceSubject(uint32_t begin, uint32_t cue) const {
    uint32_t k = begin;
    // Not the words of a quotation that opens the sentence, nor a dateline
    // ("Washington (AFP) – Democrat Hillary Clinton ...").
    while (k < cue && (!IsWord(k) || inside_quote_[k])) ++k;
    const bool all_caps = k < cue && (doc_.tokens[k].flags & Token::kAllCaps);  // "ORLANDO, Fla. —"
    for (uint32_t t = k; t < cue && t < k + 8; ++t) {
      if (Kind(t) == TokenKind::kDash && t > k && (Is(t - 1, ")") || all_caps)) {
        k = t + 1;
        break;
      }
    }
    // A fronted phrase before the subject: "At Sunday's debate, Sanders
    // compared himself ..., saying", "Speaking in Iowa, she said".
    // "Shortly after the news, X ..." opens with an adverb; "... in Ames,
    // Iowa, on Sunday, Mrs. Clinton" runs on through a place and a time; "In
    // response to Trump's call to ban Muslims from entering the country, X"
    // runs long.
    bool skipped = false;
    for (int fronted = 0; fronted < 4 && k < cue && IsWord(k) && !IsPronoun(Text(k)); ++fronted) {
      // "Indeed, Francis' message ...": a lone capitalized word that names
      // nothing, set off before the subject, is an adverb.
      const bool lone = Capitalized(k) && Is(k + 1, ",") && k + 2 < cue && IsWord(k + 2) &&
                        (Capitalized(k + 2) || IsPronoun(Text(k + 2))) && EntityOverlapping(doc_.tokens[k].span) < 0;
      uint32_t comma = k + 1;
      while (comma < cue && comma < k + 20 && !Is(comma, ",")) ++comma;
      if (comma + 1 >= cue || !Is(comma, ",")) break;
      // "The day before, at a rally in Beaumont, Mr. Trump ...": a short
      // time phrase is fronted too.
      bool time = comma <= k + 4;
      for (uint32_t t = k; time && t < comma; ++t) time = IsWord(t) && !CueAt(t);
      if (time) {
        time = false;
        for (uint32_t t = k; t < comma; ++t)
          time |= OneOf(Text(t), {"day", "week", "month", "year", "morning", "night", "evening", "afternoon",
                                  "weekend", "ago", "later", "earlier", "time", "moment", "days", "weeks", "months",
                                  "years"});
      }
      // "Chastened by the analyses, Trump revised his plan": a participle's clause.
      const bool participle = Text(k).size() > 4 && (EndsWith(Text(k), "ed") || EndsWith(Text(k), "ing")) &&
                              OneOf(Text(k + 1), {"by", "with", "in", "at", "about", "to"}) &&
                              EntityOverlapping(doc_.tokens[k].span) < 0;
      const bool opener = EndsNounPhraseAnyCase(Text(k)) || IsNeverSpeaker(Text(k)) || lone || time || participle ||
                          (Capitalized(k) && EndsWith(Text(k), "ly") && EntityOverlapping(doc_.tokens[k].span) < 0);
      if (!opener && !(skipped && Capitalized(k))) break;
      bool place = skipped && comma <= k + 3;
      for (uint32_t t = k; place && t < comma; ++t) place = Capitalized(t);
      if (!opener && !place) break;
      skipped = true;
      k = comma + 1;
    }
    if (k >= cue || EndsNounPhraseAnyCase(Text(k)) || IsAuxiliaryOrAdverb(Text(k))) {
      return k < cue && IsPronoun(Text(k)) ? std::optional<Span>(doc_.tokens[k].span) : std::nullopt;
    }
    if (IsPronoun(Text(k))) return doc_.tokens[k].span;
    uint32_t e = k + IsDeterminer(Text(k));
    bool capitalized = false;
    while (e < cue && e < k + 6 && (IsWord(e) || Kind(e) == TokenKind::kPossessive) && !EndsNounPhraseAnyCase(Text(e)) &&
           !CueAt(e)) {
      // The verb after a lower-case subject: "The mayor went", "the panel ruled".
      if (e > k + 1 && !Capitalized(e) && !IsDeterminer(Text(e - 1)) &&
          (IsAuxiliary(Text(e)) || (Text(e).size() > 3 && EndsWith(Text(e), "ed")) ||
           IsIrregularPast(Text(e))))
        break;
      // A sentence's first word is capitalized whatever it is: "Federal
      // investigators have" runs on through its plural noun.
      const bool initial = e == k && (k == 0 || IsTerminator(k - 1) || ParagraphStart(k)) && e + 1 < cue &&
                           IsWord(e + 1) && !Capitalized(e + 1) && Text(e + 1).size() > 3 &&
                           EndsWith(Text(e + 1), "s") && !EndsWith(Text(e + 1), "ss") && !CueAt(e + 1) &&
                           !IsAuxiliaryOrAdverb(Text(e + 1)) && EntityOverlapping(doc_.tokens[k].span) < 0;
      if (IsWord(e) && Capitalized(e) && !initial) capitalized = true;
      // "The Sanders campaign": after a determiner, the noun a name modifies.
      else if (capitalized && !Is(e, "of") &&
               !(IsDeterminer(Text(k)) && IsWord(e - 1) && Capitalized(e - 1) && !CueAt(e) &&
                 !EndsWith(Text(e), "ed") && !IsAuxiliary(Text(e))))
        break;
      ++e;
    }
    if (e == k || (e == k + 1 && IsDeterminer(Text(k)))) return std::nullopt;
    // "Cambodian leader Hun Sen", "U.S. envoy John Kerry": a title between
    // a capitalized modifier and the person's name is part of the subject.
    if (capitalized) {
      uint32_t t = e;
      while (t < cue && t < e + 2 && IsWord(t) && !Capitalized(t) && !EndsNounPhrase(Text(t)) &&
             !IsAuxiliaryOrAdverb(Text(t)) && !CueAt(t) && !EndsWith(Text(t), "ed"))
        ++t;
      if (t > e && t < cue && IsWord(t) && Capitalized(t) && PersonAt(t)) {
        while (t + 1 < cue && IsWord(t + 1) && Capitalized(t + 1)) ++t;
        e = t + 1;
      }
    }
    return Tokens(k, e - 1);
  }

  bool PersonAt(uint32_t t) const {
    const int e = EntityOverlapping(doc_.tokens[t].span);
    return e >= 0 && doc_.entities[e].type == EntityType::kPerson;
  }

  // The name before an apposition that ends right before the cue at `cue`:
  // "X, a Maine legislator, said", "Gov. John Kasich (R-OH), said". Of the
  // noun phrases before each comma or dash, the first that names a person
  // wins, else the first organisation ("Vian, the editor of the Vatican's
  // newspaper, L'Osservatore Romano, said" is Vian's); the nearest one
  // otherwise. A noun phrase inside a relative or participial clause is an
  // object, not the speaker ("Sanders, who endorsed Clinton, said").
  std::optional<Span> SpeakerBeforeApposition(uint32_t cue, uint32_t floor) const {
    std::optional<Span> nearest, org;
    int commas = 0;
    for (uint32_t k = cue; k-- > floor + 1 && commas < 4;) {
      if (!Is(k, ",") && Kind(k) != TokenKind::kDash) continue;
      ++commas;
      uint32_t end = k;
      if (Is(end - 1, ")")) {  // "Gov. John Kasich (R-OH),"
        while (end > floor + 1 && !Is(end - 1, "(")) --end;
        if (end > floor) --end;
      }
      std::optional<Span> np = SpeakerBefore(end, floor);
      if (!np) continue;
      uint32_t np_first = end;
      while (np_first > floor && doc_.tokens[np_first - 1].span.begin >= np->begin) --np_first;
      const int e = EntityOverlapping(*np);
      // ", in a statement,"; but "But Mr. Guerrero, a Republican, said", and
      // a person who opens a clause: "As Andrew Tabler, an expert on Syria,
      // noted", "after Mr. Trump, asked about it, had said".
      const bool person = e >= 0 && doc_.entities[e].type == EntityType::kPerson;
      if (np_first > floor && IsWord(np_first - 1) && EndsNounPhraseAnyCase(Text(np_first - 1)) &&
          !OneOf(Text(np_first - 1), {"But", "And", "Yet", "So", "Even", "Still", "Now"}) &&
          !(person && Capitalized(np_first) && OneOf(Text(np_first - 1), {"As", "as", "When", "when", "While", "while", "after", "After",
                                                 "Although", "although", "because", "Because"})))
        continue;
      if (InsideClause(np_first, floor) || AfterRelative(np_first, floor)) continue;
      // "The biggest hawks, like Rubio and Bush, say": examples are not the subject.
      if (ExampleOf(np_first)) continue;
      // "The company, which is based in Austin, Texas, said": the state of
      // a place named in the aside is no speaker.
      if (e >= 0 && doc_.entities[e].type == EntityType::kPlace && np_first > floor && Is(np_first - 1, ",") &&
          AllCapitalized(np_first, end))
        continue;
      if (!nearest) nearest = np;
      if (e >= 0 && doc_.entities[e].type == EntityType::kPerson) return np;
      if (e >= 0 && doc_.entities[e].type == EntityType::kOrg && !org) org = np;
    }
    return org ? org : nearest;
  }

  // Whether the phrase opening at `first` lists examples set off by a comma:
  // ", like Rubio and Bush,", ", such as Ohio,", ", including Mr. Cruz,".
  bool ExampleOf(uint32_t first) const {
    for (uint32_t t = first; t-- > 0 && t + 8 > first;) {
      if (Is(t, ",") || inside_quote_[t]) return false;
      if (OneOf(Text(t), {"like", "including", "especially", "notably"}) || (Is(t, "as") && t > 0 && Is(t - 1, "such")))
        return t > 1 && Is(t - 1 - Is(t, "as"), ",");
    }
    return false;
  }

  // Whether token `t` lies in a clause set off by a comma that opens with a
  // relative pronoun or a participle: ", who on Tuesday endorsed Clinton,",
  // ", wearing a T-shirt covered in buttons,".
  bool InsideClause(uint32_t t, uint32_t floor) const {
    for (uint32_t j = t; j > floor && j + 16 > t; --j) {
      if (!Is(j - 1, ",") && Kind(j - 1) != TokenKind::kDash) continue;
      std::string_view w = Text(j);
      return IsWord(j) && !Capitalized(j) &&
             (OneOf(w, {"who", "which", "whose", "whom", "where"}) ||
              (j != t && w.size() > 4 && (EndsWith(w, "ing") || EndsWith(w, "ed"))));
    }
    return false;
  }

  // ", a Republican who has refused to endorse Mr. Trump,": the phrase at
  // `t` is the object of a relative clause inside the apposition.
  bool AfterRelative(uint32_t t, uint32_t floor) const {
    for (uint32_t j = t; j-- > floor && j + 12 > t;) {
      if (Is(j, ",") || Kind(j) == TokenKind::kDash) return false;
      if (IsWord(j) && OneOf(Text(j), {"who", "which", "whom"})) return true;
    }
    return false;
  }

  // "The town released a statement Wednesday saying": a participle speaks
  // for the subject of its sentence, not for an unnamed object before it.
  std::optional<Span> ForParticiple(std::optional<Span> s, uint32_t cue_token, const Cue& cue, uint32_t floor) const {
    if (!s || !(cue.flags & kParticiple) || NamesSpeaker(*s)) return s;
    // "with some reporting smoke and others saying": a quantifier right
    // before the participle is its own subject.
    if (IsQuantifier(doc_.Slice(*s))) return s;
    // "with 50 percent saying she is prepared": the participle's own subject.
    if (const uint32_t first = doc_.TokenAt(s->begin); first > floor && Is(first - 1, "with")) return s;
    auto subject = SentenceSubject(floor, cue_token);
    return subject && subject->end <= s->begin ? subject : s;
  }

  // "Officials who spoke with the Times said": the noun phrase at the cue is
  // inside a relative clause with no commas around it, and the speaker is
  // the clause's head.
  std::optional<Span> RelativeHead(std::optional<Span> s, uint32_t floor) const {
    const uint32_t first = doc_.TokenAt(s->begin);
    for (uint32_t j = first; j-- > floor && j + 10 > first;) {
      if (!IsWord(j) || inside_quote_[j]) return s;
      if (Is(j, "who")) {
        if (j == floor || !IsWord(j - 1)) return s;
        auto head = SpeakerBefore(j, floor);
        return head ? head : s;
      }
    }
    return s;
  }

  // "she has dropped direct attacks on", "its racially tinged attacks", "a
  // surprise 5-4 decision": the lower-case words and figures before a
  // nominal cue are its modifiers, not who attacks; the subject of the
  // clause is.
  std::optional<Span> ForAdjectives(std::optional<Span> s, uint32_t floor) const {
    if (!s) return s;
    const uint32_t first = doc_.TokenAt(s->begin);
    for (uint32_t t = first; t < n_ && doc_.tokens[t].span.end <= s->end; ++t) {
      const bool modifier = Kind(t) == TokenKind::kNumber || Is(t, "-") ||
                            (IsWord(t) && !Capitalized(t) && !IsPronoun(Text(t)) && !IsQuantifier(Text(t)));
      if (!modifier) return s;
    }
    if (EntityOverlapping(*s) >= 0) return s;
    return HolderOfObject(first, floor);
  }

  // "Scalia would almost certainly have provided": a modal is the verb's,
  // so a subject holding one was cut short.
  bool HasModal(Span phrase) const {
    for (uint32_t t = doc_.TokenAt(phrase.begin); t < n_ && doc_.tokens[t].span.end <= phrase.end; ++t)
      if (OneOf(Text(t), {"would", "could", "should", "will", "can", "may", "might", "must"})) return true;
    return false;
  }

  // Who holds the noun phrase opening at `first` when it is the object of a
  // verb: that verb's subject ("hours after Trump unleashed a flurry of
  // tweets", "when the Supreme Court made a surprise decision"), or else the
  // subject of the clause, from the last comma or quotation before it.
  std::optional<Span> HolderOfObject(uint32_t first, uint32_t floor) const {
    // Back over the phrase's modifiers to its article, "a"/"an"/"the".
    uint32_t article = first;
    while (article > floor && !OneOf(Text(article), {"a", "an", "the"}) &&
           (Kind(article - 1) == TokenKind::kNumber || Is(article - 1, "-") ||
            (IsWord(article - 1) && !Capitalized(article - 1) && !EndsNounPhrase(Text(article - 1)))))
      --article;
    if (article > floor + 1 && OneOf(Text(article), {"a", "an", "the"})) {
      uint32_t verb = article - 1;
      // "are putting out a warning", "laid out a plan": the verb before its particle.
      if (verb > floor + 1 && OneOf(Text(verb), {"out", "up", "down", "forward", "off"}) && IsWord(verb - 1) &&
          !Capitalized(verb - 1))
        --verb;
      std::string_view w = Text(verb);
      if (IsWord(verb) && !Capitalized(verb) && !EndsNounPhrase(w) && !IsPronoun(w) && !IsAuxiliaryOrAdverb(w) &&
          !IsDeterminer(w) && !OneOf(w, {"of", "like", "than", "via", "per"}))
        if (auto subject = SpeakerBefore(verb, floor); subject && !HasModal(*subject)) return subject;
    }
    uint32_t clause = floor;
    for (uint32_t t = first; t-- > floor;)
      if (Is(t, ",") || Is(t, ";") || inside_quote_[t]) { clause = t + 1; break; }
    return clause < first ? SentenceSubject(clause, first) : std::nullopt;
  }

  // "In a Quinnipiac poll, 55 percent of voters said": the figures are the
  // poll's findings, and the poll named in the sentence is their source.
  Span PollFor(Span speaker, const Sentence& s) const {
    uint32_t head = doc_.TokenAt(speaker.begin);
    const bool share = head > s.first_token + 1 && Is(head - 1, "of") &&
                       (Is(head - 2, "percent") || Is(head - 2, "%") || Kind(head - 2) == TokenKind::kNumber);
    // "just 8 percent of Democrats": past an adverb before the figure.
    if (head + 1 < n_ && Kind(head + 1) == TokenKind::kNumber &&
        OneOf(Text(head), {"just", "Just", "only", "Only", "nearly", "Nearly", "about", "About", "almost", "Almost",
                           "some", "Some", "roughly", "Roughly", "over", "Over"}))
      ++head;
    if (Kind(head) != TokenKind::kNumber && !IsQuantifier(Text(head)) && !share) return speaker;
    for (uint32_t t = s.first_token + 1; t < s.end_token; ++t) {
      if (inside_quote_[t] || !OneOf(Text(t), {"poll", "survey", "Poll", "Survey"})) continue;
      if (auto poll = SpeakerBefore(t + 1, s.first_token); poll && !poll->Overlaps(speaker)) return *poll;
    }
    return speaker;
  }

  // "Adelson, a fierce supporter of", "Clinton is an outspoken supporter
  // of": a noun for one who holds a stance, with "a" or "an", as an
  // apposition or a predicate names who holds it, the noun phrase before
  // the comma or the subject.
  std::optional<Span> Predicated(uint32_t noun, uint32_t floor) const {
    std::string_view w = Text(noun);
    if (!(EndsWith(w, "er") || (EndsWith(w, "ent") && !EndsWith(w, "ment")) || w == "advocate")) return std::nullopt;
    uint32_t d = noun;
    while (d > floor && d + 4 > noun && IsWord(d - 1) && !Capitalized(d - 1) && !OneOf(Text(d - 1), {"a", "an"}) &&
           !EndsNounPhrase(Text(d - 1)) && !IsDeterminer(Text(d - 1)))
      --d;
    if (d <= floor + 1 || !OneOf(Text(d - 1), {"a", "an"})) return std::nullopt;
    const uint32_t before = d - 2;
    if (Is(before, ",") && before > floor) {
      std::optional<Span> described = SpeakerBeforeApposition(d - 1, floor);
      return described ? described : SpeakerBefore(before, floor, /*in_phrase=*/true);
    }
    if (OneOf(Text(before), {"is", "was", "are", "were", "been", "remains", "remained", "became"}))
      return Speaker(before, kPlainVerb, floor, floor);
    return std::nullopt;
  }

  // "Le Pen voiced support for", "he is generating support for": a
  // lower-case verb form right before a cue that takes a preposition makes
  // the cue its object, and the speaker is that verb's subject.
  std::optional<Span> ObjectOfVerb(std::optional<Span> s, uint32_t cue_token, const Cue& cue, uint32_t floor) const {
    if (!s || cue.prep.empty() || cue_token == 0 || !Is(cue_token + 1, cue.prep)) return s;
    const uint32_t t = cue_token - 1;
    std::string_view w = Text(t);
    if (doc_.tokens[t].span.end != s->end || !IsWord(t) || Capitalized(t) || w.size() < 5 ||
        !(EndsWith(w, "ed") || EndsWith(w, "ing")) || EntityOverlapping(*s) >= 0)
      return s;
    if (auto subject = SpeakerBefore(t, floor); subject && subject->end < s->end) return subject;
    return SentenceSubject(floor, t);
  }

  // Who speaks at the cue token `k`, looking no further back than `floor`
  // and no further ahead than `limit`.
  std::optional<Span> Speaker(uint32_t cue_token, const Cue& cue, uint32_t floor, uint32_t limit) const {
    if (auto s = SpeakerBefore(cue_token, floor)) return ForParticiple(RelativeHead(s, floor), cue_token, cue, floor);
    // "X, Republican of Florida, has also argued": the apposition ends where
    // the subject would ("Feinstein (D-Calif.) last week said", "Ted Cruz
    // (R-Tex) is endorsing").
    const uint32_t k = SubjectEnd(cue_token, floor);
    if (k > floor + 1 && Is(k - 1, ")")) {  // "Sen. Elizabeth Warren (D-MA) said"
      uint32_t p = k - 1;
      while (p > floor && !Is(p, "(")) --p;
      if (auto s = SpeakerBefore(p, floor)) return s;
    }
    // "U.S. officials, however, said": a parenthetical adverb between commas.
    if (k > floor + 3 && Is(k - 1, ",") && Is(k - 3, ",") && IsWord(k - 2) &&
        OneOf(Text(k - 2), {"however", "meanwhile", "too", "though", "instead", "moreover", "nonetheless"}))
      if (auto s = SpeakerBefore(k - 3, floor)) return s;
    if (k > floor && (Is(k - 1, ",") || Kind(k - 1) == TokenKind::kDash)) {
      if (cue.flags & kParticiple) {
        // "“...,” he said, adding that": the speaker of the cue just before.
        for (uint32_t j = k - 1; j > floor && j + 8 > k; --j) {
          if (inside_quote_[j]) break;
          const Cue* before = CueAt(j);
          if (!before || (before->flags & kNoun)) continue;
          // "demands for talks outside the country, accusing": after a
          // preposition or determiner a cue word is a noun.
          if (j > floor && (IsDeterminer(Text(j - 1)) || OneOf(Text(j - 1), {"for", "of", "in", "on", "about", "with"})))
            continue;
          // "opposition demands for talks, accusing": a noun phrase that
          // names no one before a cue word is more likely its noun's modifier.
          const bool saying = IsVerbOfSaying(Text(j));
          if (auto s = SpeakerBefore(j, floor); s && (saying || NamesSpeaker(*s))) return s;
          if (saying)
            if (auto s = SpeakerAfter(j, k)) return s;
          break;
        }
        // "Mr. Trump hardly clarified it -- ''...'' -- and, when questioned,
        // asserting, ''...''": past a quotation earlier in the sentence.
        if (auto s = SentenceSubject(floor, k)) return s;
        const uint32_t sentence = SentenceOf(k).first_token;
        return sentence < floor ? SentenceSubject(sentence, k) : std::nullopt;
      }
      if (auto s = SpeakerBeforeApposition(k, floor)) return s;
    }
    // "Trump was prompted to say", "he began by saying", "she was vocal in
    // opposing": the subject of the verb the infinitive or gerund hangs on.
    if (k > floor + 1 && (Is(k - 1, "to") || (OneOf(Text(k - 1), {"by", "in", "after", "before", "while", "without"}) &&
                                              EndsWith(Text(cue_token), "ing")))) {
      // "The emails led Debbie Wasserman Schultz to announce": a named object
      // before the infinitive is who does it.
      if (Is(k - 1, "to") && k > floor + 2 && IsWord(k - 2) && !Capitalized(k - 2) &&
          (EndsWith(Text(k - 2), "ed") || OneOf(Text(k - 2), {"begun", "began", "plan", "plans", "want", "wants",
                                                               "hope", "hopes", "seek", "seeks", "sought", "try",
                                                               "tries", "need", "needs", "got"}))) {
        // "As Mitchell tried to discuss", "Sanders has begun to rebut": the
        // named subject of the verb the infinitive hangs on.
        if (std::optional<Span> subject = SpeakerBefore(k - 2, floor); subject && NamesSpeaker(*subject))
          return subject;
      }
      if (Is(k - 1, "to")) {
        // "Trump's initial failure to denounce": the possessor of the noun.
        if (std::optional<Span> holder = Possessor(k - 1, floor); holder && NamesSpeaker(*holder)) return holder;
        // Not the object of a preposition: "gathered at Sully's Bar & Grill to talk".
        std::optional<Span> object = SpeakerBefore(k - 1, floor);
        const uint32_t before = object ? doc_.TokenAt(object->begin) : 0;
        if (object && !IsPronoun(doc_.Slice(*object)) && NamesSpeaker(*object) && before > floor &&
            IsWord(before - 1) && !EndsNounPhraseAnyCase(Text(before - 1)))
          return object;
        // "It is common for news accounts to portray": "for" introduces the
        // infinitive's own subject (not a gerund: "jab senators for failing to show").
        if (std::optional<Span> subject = SpeakerBefore(k - 1, floor, /*in_phrase=*/true)) {
          const uint32_t f = doc_.TokenAt(subject->begin);
          if (f > floor && Is(f - 1, "for") && !EndsWith(Text(k - 2), "ing")) return subject;
        }
      } else if (k > floor + 2 && IsWord(k - 2) && !Capitalized(k - 2)) {
        // "When he returned he began by saying": the verb's own subject, a
        // pronoun, where the clause opens with another.
        if (std::optional<Span> subject = SpeakerBefore(k - 2, floor); subject && IsPronoun(doc_.Slice(*subject)))
          return subject;
      }
      uint32_t clause = floor;  // "so calm that the senator was moved to say": the clause's own subject
      for (uint32_t t = k - 1; t-- > floor;)
        if (Is(t, "that")) { clause = t + 1; break; }
      return SentenceSubject(clause, k - 1);
    }
    if (k > floor && (Is(k - 1, "and") || Is(k - 1, "but"))) {
      if (auto s = SentenceSubject(floor, k - 1)) return s;
      // "When asked, he laughed and said": the subject of the verb before "and".
      for (uint32_t j = k - 1; j-- > floor + 1 && j + 8 > k;) {
        if (!IsWord(j) || Capitalized(j) || IsDeterminer(Text(j))) continue;
        if (Is(j - 1, ",")) break;
        auto s = SpeakerBefore(j, floor);
        if (s && NamesSpeaker(*s)) return s;
      }
      return std::nullopt;
    }
    return SpeakerAfter(cue_token, limit);
  }

  // The cue at token k that can introduce a quotation: a verb, not a noun
  // or an adjective ("an angry X retorted").
  const Cue* QuotationCue(uint32_t k) const {
    const Cue* cue = CueAt(k);
    return cue && !(cue->flags & (kNoun | kAdjective)) ? cue : nullptr;
  }

  // Who holds the claim, view or statement named at token `noun`: "his claim",
  // "Mr. Trump's repeated claims", "their fear" (an adjective or two between).
  std::optional<Span> Possessor(uint32_t noun, uint32_t floor) const {
    for (uint32_t p = noun; p-- > floor && p + 3 >= noun;) {
      if (Kind(p) == TokenKind::kPossessive) return SpeakerBefore(p, floor);
      if (Kind(p) == TokenKind::kNumber || Is(p, "-")) continue;  // "the court's 5-4 decision"
      if (!IsWord(p)) break;
      if (OneOf(Text(p), {"his", "her", "their", "its", "our", "my", "His", "Her", "Their", "Its", "Our", "My"}))
        return doc_.tokens[p].span;
      if (Capitalized(p) || IsDeterminer(Text(p)) || EndsNounPhraseAnyCase(Text(p))) break;
    }
    return std::nullopt;
  }

  // "She escalated her attacks on", "The campaign doubled down on its
  // attacks": a possessive pronoun that agrees with the subject of its clause
  // gives way to that subject, the nearer naming of the speaker.
  std::optional<Span> SubjectForPossessor(std::optional<Span> possessor, uint32_t floor) const {
    if (!possessor) return possessor;
    const uint32_t p = doc_.TokenAt(possessor->begin);
    std::string_view w = Text(p);
    const bool person = OneOf(w, {"his", "her", "His", "Her"});
    if (!person && !OneOf(w, {"its", "their", "Its", "Their"})) return possessor;
    uint32_t from = floor;  // the clause: after the last comma or semicolon before it
    for (uint32_t t = p; t-- > floor;)
      if (Is(t, ",") || Is(t, ";") || inside_quote_[t]) { from = t + 1; break; }
    std::optional<Span> subject = SentenceSubject(from, p);
    if (!subject) return possessor;
    std::string_view st = doc_.Slice(*subject);
    if (IsPronoun(st)) {
      const bool agrees = person ? (OneOf(w, {"his", "His"}) && OneOf(st, {"he", "He"})) ||
                                       (OneOf(w, {"her", "Her"}) && OneOf(st, {"she", "She"}))
                                 : OneOf(st, {"it", "It", "they", "They"});
      return agrees ? subject : possessor;
    }
    const int e = EntityOverlapping(*subject);
    if (e < 0) return person ? possessor : subject;  // "The Sanders campaign ... its attacks"
    const EntityType type = doc_.entities[e].type;
    if (person ? type == EntityType::kPerson : type != EntityType::kPerson) return subject;
    return possessor;
  }

  // A cue word in tokens [from, to) with its speaker; forward search.
  Attribution CueAfterQuote(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to && k < from + 40; ++k) {
      if (Kind(k) == TokenKind::kQuoteOpen) break;
      if (IsWord(k) && OneOf(Text(k), {"according", "According"}) && Is(k + 1, "to")) {
        Attribution a;
        a.cue = Tokens(k, k + 1);
        a.cue_token = k;
        a.speaker = AccordingSource(k + 1, to);
        return a;
      }
      const Cue* cue = QuotationCue(k);
      if (!cue) continue;
      // "“…” Officials declined to comment.": an intention introduces no
      // quotation.
      if ((cue->flags & kInfinitive) && Is(k + 1, "to")) break;
      Attribution a;
      a.cue = doc_.tokens[k].span;
      a.cue_token = k;
      a.speaker = Speaker(k, *cue, from, to);
      // "“...,” promising ...": a participle after the quote speaks for the
      // subject of the sentence the quote stands in.
      if ((cue->flags & kParticiple) && from > 0 && Kind(from - 1) == TokenKind::kQuoteClose &&
          (k == from || (k == from + 1 && Is(from, ",")))) {
        const Sentence& around = SentenceOf(from - 1);
        if (around.first_token < from) a.speaker = SentenceSubject(around.first_token, from);
      }
      return a;
    }
    return {};
  }

  // The cue nearest before a quote in tokens [from, to): "X said: “...”" and
  // the reporter's sentence around a partial quote.
  Attribution CueBeforeQuote(uint32_t from, uint32_t to, bool across_quotes = false) const {
    for (uint32_t k = to; k-- > from;) {
      if (inside_quote_[k]) {
        if (across_quotes) continue;
        break;
      }
      const Cue* cue = QuotationCue(k);
      // "Berg said the talks had been “frank”": after an article a cue
      // word is a noun, and the verb further back introduces the quote.
      if (cue && k > from && OneOf(Text(k - 1), {"the", "The", "a", "A", "an", "An"})) continue;
      if (!cue) {
        if (IsWord(k) && OneOf(Text(k), {"according", "According"}) && Is(k + 1, "to")) {
          Attribution a;
          a.cue = Tokens(k, k + 1);
          a.cue_token = k;
          a.speaker = AccordingSource(k + 1, to);
          return a;
        }
        // "As The Post's Dana Milbank puts it, “...”": the one who put it.
        if (Is(k, "it") && k > from && OneOf(Text(k - 1), {"put", "puts"})) {
          Attribution a;
          a.cue = Tokens(k - 1, k);
          a.cue_token = k - 1;
          a.speaker = Speaker(k - 1, kPlainVerb, from, to);
          if (!a.speaker || a.speaker->begin >= a.cue->begin) a.speaker = SentenceSubject(from, k - 1);  // not "it"
          return a;
        }
        continue;
      }
      Attribution a;
      a.cue = doc_.tokens[k].span;
      a.cue_token = k;
      a.speaker = Speaker(k, *cue, from, to);
      // "“...,” promising ...": a participle after the quote speaks for the
      // subject of the sentence the quote stands in.
      if ((cue->flags & kParticiple) && from > 0 && Kind(from - 1) == TokenKind::kQuoteClose &&
          (k == from || (k == from + 1 && Is(from, ",")))) {
        const Sentence& around = SentenceOf(from - 1);
        if (around.first_token < from) a.speaker = SentenceSubject(around.first_token, from);
      }
      return a;
    }
    return {};
  }

  // The attribution in the sentence containing `token`, nearest its end
  // ("Caddell continued:" before a quote paragraph).
  // Of several cues, the nearest whose speaker is a pronoun or names a person
  // or organisation ("Schoen said that superdelegates pledged to Clinton may
  // reconsider": Schoen, not the superdelegates).
  Attribution CueInSentence(uint32_t token) const {
    const Sentence& s = SentenceOf(token);
    // "Trump shot back, saying he's “made a lot of money.”": past the
    // sentence's own partial quotes.
    Attribution nearest = CueBeforeQuote(s.first_token, s.end_token, true);
    for (Attribution a = nearest; a.cue && a.cue_token > s.first_token;
         a = CueBeforeQuote(s.first_token, a.cue_token, true)) {
      if (a.speaker && NamesSpeaker(*a.speaker)) return a;
    }
    return nearest;
  }
  bool NamesSpeaker(Span speaker) const {
    if (IsPronoun(doc_.Slice(speaker))) return true;
    std::optional<Span> named = speaker;
    if (IsRelative(speaker)) named = Antecedent(doc_.TokenAt(speaker.begin));  // "voters who" is no name
    if (!named) return false;
    const int e = EntityOverlapping(*named);
    return e >= 0 && (doc_.entities[e].type == EntityType::kPerson || doc_.entities[e].type == EntityType::kOrg);
  }

  // ---- entities ---------------------------------------------------------------------

  // The entity a speaker phrase names: its last person, since a person is the
  // head of the phrase ("NATO Secretary-General Mark Rutte", "Russia's
  // Foreign Minister Sergey Lavrov", "Sen. Bob Corker of Tennessee"); else
  // its last organisation ("Spain's Civil Protection agency"); else the first
  // named thing ("the Kremlin", "a Moscow statement").
  int EntityOverlapping(Span s) const {
    auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), s.begin,
                               [](const Mention& m, uint32_t pos) { return m.span.end <= pos; });
    int first = -1, last_person = -1, last_org = -1;
    for (; it != doc_.mentions.end() && it->span.begin < s.end; ++it) {
      if (it->entity < 0 || !it->span.Overlaps(s)) continue;
      if (first < 0) first = it->entity;
      const EntityType type = doc_.entities[it->entity].type;
      if (type == EntityType::kPerson) last_person = it->entity;
      if (type == EntityType::kOrg) last_org = it->entity;
    }
    return last_person >= 0 ? last_person : last_org >= 0 ? last_org : first;
  }

  void FindPeople() {
    people_.clear();
    for (const Mention& m : doc_.mentions) {
      if (m.entity < 0 || static_cast<size_t>(m.entity) >= doc_.entities.size() ||
          doc_.entities[m.entity].type != EntityType::kPerson)
        continue;
      const uint32_t token = doc_.TokenAt(m.span.begin), after = doc_.TokenAt(m.span.end);
      if (token >= n_) continue;
      people_.push_back({m.span.begin, token, SentenceOf(token).first_token, m.entity,
                         after < n_ && Kind(after) == TokenKind::kPossessive});
    }
  }

  // "he"/"she": the most salient person of that gender, or failing one the
  // most salient person whose gender is unknown. Gender comes from titles
  // and honorifics ("spokeswoman", "Mr.") found by within-document linking.
  int ResolvePronoun(std::string_view pronoun, uint32_t pos) const {
    // The possessive holds a claim as the subject makes one: "his claim that".
    Gender want = OneOf(pronoun, {"she", "She", "her", "Her"}) ? Gender::kFemale
                  : OneOf(pronoun, {"he", "He", "his", "His"}) ? Gender::kMale
                                                               : Gender::kUnknown;
    if (want == Gender::kUnknown) return -1;
    // The most salient person first: the pronoun's own sentence, then each
    // sentence before it, and in each its first person, usually the subject
    // ("Berg met her counterpart, Nowak. She said" is Berg). Nobody named
    // inside a quotation speaks for it.
    auto it = std::lower_bound(people_.begin(), people_.end(), pos,
                               [](const Person& p, uint32_t at) { return p.begin < at; });
    int unknown = -1;                          // the nearest sentence's first person of unknown gender
    int first_exact = -1, first_unknown = -1;  // in the sentence being searched
    uint32_t sentence = UINT32_MAX;
    while (it != people_.begin()) {
      const Person& p = *--it;
      if (p.possessor || inside_quote_[p.token]) continue;
      if (p.sentence != sentence) {
        if (first_exact >= 0) return first_exact;
        if (unknown < 0) unknown = first_unknown;
        first_exact = first_unknown = -1;
        sentence = p.sentence;
      }
      // Walking back, the last one kept is the sentence's first.
      const Gender gender = doc_.entities[p.entity].gender;
      if (gender == want) first_exact = p.entity;
      if (gender == Gender::kUnknown) first_unknown = p.entity;
    }
    if (first_exact >= 0) return first_exact;
    return unknown >= 0 ? unknown : first_unknown;
  }

  // The token whose span starts at byte `begin` (a speaker's first word).
  // What the relative pronoun at token `who` stands for: the noun phrase
  // before it in its sentence ("Sen. Bob Corker, who", "voters who").
  std::optional<Span> Antecedent(uint32_t who) const {
    const uint32_t floor = SentenceOf(who).first_token;
    uint32_t p = who;
    if (p > floor + 1 && Is(p - 1, ",")) --p;
    if (p > floor + 1 && Is(p - 1, ")")) {  // "Sen. Elizabeth Warren (D-MA), who"
      while (p > floor + 1 && !Is(p - 1, "(")) --p;
      if (p > floor + 1) --p;
    }
    if (p > floor && OneOf(Text(p - 1), {"who", "which", "that"})) return std::nullopt;
    return SpeakerBefore(p, floor);
  }

  bool IsRelative(Span speaker) const { return OneOf(doc_.Slice(speaker), {"who", "which"}); }

  void SetSpeaker(const Attribution& a, Quote& q) const {
    q.cue = a.cue;
    q.speaker = a.speaker;
    if (!a.speaker) return;
    std::string_view s = doc_.Slice(*a.speaker);
    if (IsRelative(*a.speaker)) {
      std::optional<Span> antecedent = Antecedent(doc_.TokenAt(a.speaker->begin));
      q.speaker_entity = antecedent ? EntityOverlapping(*antecedent) : -1;
      return;
    }
    q.speaker_entity = IsPronoun(s) || OneOf(s, {"his", "His", "her", "Her"}) ? ResolvePronoun(s, a.speaker->begin)
                                                                             : EntityOverlapping(*a.speaker);
  }

  // ---- quotation marks ------------------------------------------------------------

  // The double quotation mark starting at token i: its length in tokens (a
  // typewriter '' is two apostrophe tokens), or 0. *opens says which way it faces.
  uint32_t MarkAt(uint32_t i, bool* opens) const {
    // Every mark is tokenized as one of these; most tokens are words.
    const TokenKind kind = Kind(i);
    if (kind != TokenKind::kQuoteOpen && kind != TokenKind::kQuoteClose && kind != TokenKind::kPossessive) return 0;
    if (IsDoubleMark(i)) {
      *opens = kind == TokenKind::kQuoteOpen;
      return 1;
    }
    if (Text(i) != "'" || !Is(i + 1, "'") || doc_.tokens[i + 1].span.begin != doc_.tokens[i].span.end) return 0;
    *opens = i == 0 || (doc_.tokens[i].flags & (Token::kSpaceBefore | Token::kParagraphStart)) ||
             Is(i - 1, "(") || Kind(i - 1) == TokenKind::kDash;
    return 2;
  }

  void FindQuoted() {
    std::vector<Quoted> found;
    for (uint32_t i = 0; i < n_; ++i) {
      bool opens = false;
      const uint32_t open_len = MarkAt(i, &opens);
      if (!open_len || !opens) continue;
      uint32_t close = i, last = i + open_len - 1;  // last: the last token inside
      uint32_t j = i + open_len;
      while (j < n_) {
        bool o = false;
        const uint32_t len = MarkAt(j, &o);
        if (ParagraphStart(j)) {
          // A new paragraph that reopens the quote continues it, unless a
          // transcript's next speaker opens it ("“PENCE: ..."); any other ends it.
          if (len && o && !TranscriptLabel(j + len, std::min(j + len + 4, n_ - 1))) {
            j += len;
            continue;
          }
          break;
        }
        // "... meeting. "It is simply ...": a straight mark that opens a
        // sentence after a full stop starts the next quotation; the one
        // before it was left open, as when a quote runs on into the next
        // paragraph and the paragraph break is lost.
        if (len && o && Text(j) == "\"" && Text(i) == "\"" && IsTerminator(j - 1) && j + len < n_ &&
            IsWord(j + len) && Capitalized(j + len) && !(doc_.tokens[j + len].flags & Token::kSpaceBefore))
          break;
        // Straight marks never nest, so a second one closes whatever the
        // spacing around it suggests ("say, 'Well done,' " said X).
        if (len && (!o || (Text(j) == "\"" && Text(i) == "\""))) {
          close = j + len - 1;
          break;
        }
        if (len) break;  // an opening mark before any close: this quote was never closed
        last = j++;
      }
      const uint32_t resume = close > i ? close : last;
      while (last > i && Kind(last) == TokenKind::kPunct && OneOf(Text(last), {",", ":", ";"})) --last;
      if (last < i + open_len) { i = resume; continue; }
      for (uint32_t k = i; k <= resume; ++k) inside_quote_[k] = 1;
      found.push_back({i, i + open_len, close, resume, ParagraphOf(i), {}});
      Attribute(found, last);
      i = resume;
    }
  }

  // Attributes found.back() (content tokens open+1..last) and keeps it when it
  // is a quotation rather than a title or scare quotes.
  void Attribute(std::vector<Quoted>& found, uint32_t last) {
    Quoted& cur = found.back();
    const uint32_t open = cur.open;
    const Sentence& at_open = SentenceOf(open);
    // The reporter's words before the opening mark, back to the previous quote,
    // and the sentence after the close; a partial quote's own sentence first.
    uint32_t from = at_open.first_token;
    if (found.size() > 1 && found[found.size() - 2].end >= from) from = found[found.size() - 2].end + 1;
    // A fragment inside the reporter's sentence: a word right before the mark
    // (not the name signing the quotation before; a quotation nested in the
    // one before starts inside it).
    const Quoted* prev = found.size() > 1 ? &found[found.size() - 2] : nullptr;
    const bool after_signature = prev && prev->close > prev->open && prev->end > prev->close && prev->end + 1 == open;
    const TokenKind before = open > at_open.first_token && !after_signature ? Kind(open - 1) : TokenKind::kPunct;
    const bool embedded =
        before == TokenKind::kWord || before == TokenKind::kNumber || before == TokenKind::kPossessive;
    Attribution a;
    // "Partial transcript as follows: “WALLACE: Let's start ...”": a quoted
    // transcript names its speaker with a label in capitals.
    if (!embedded) a.speaker = TranscriptLabel(cur.first, last);
    // "“He was a bully tonight.” ― Veronica Cruz": a dash and a name that
    // close the paragraph sign the quotation, as round-ups of reactions do;
    // the quotation takes the name in, so no quotation after it does.
    if (cur.close > open && !embedded && !a.speaker) {
      if (const uint32_t signed_by = SignatureEnd(cur.close + 1)) {
        a.speaker = Tokens(cur.close + 2, signed_by - 1);
        cur.end = signed_by - 1;
      }
    }
    if (embedded) a = CueBeforeQuote(from, open);
    if (!a.speaker && !a.cue && cur.close > open && cur.close + 1 < n_ && !ParagraphStart(cur.close + 1)) {
      const Sentence& after = SentenceOf(cur.close + 1);
      // A quotation that ends its sentence takes the next one's cue only from
      // a short tag ("“…” Rubio said."), not from a sentence that reports
      // something else ("Rubio said the real extremist is ...").
      if (after.first_token <= cur.close || after.end_token - after.first_token <= kShortTag)
        a = CueAfterQuote(cur.close + 1, after.end_token);
    }
    if (!a.speaker && !a.cue && !embedded) a = CueBeforeQuote(from, open);
    if (!a.speaker && !a.cue && cur.close > open && cur.close + 1 < n_ && !ParagraphStart(cur.close + 1))
      a = TagAfterQuote(cur.close + 1);
    // "Trump went even further: “...”", "Clinton released a statement: “...”":
    // a colon hands the quotation to the subject of the sentence it ends.
    // A name right before the colon speaks ("- Pew Research: “...”").
    if (!a.speaker && open > from + 1 && Is(open - 1, ":")) a.speaker = ColonSpeaker(open - 1, from);
    // "Grandi reacted skeptically to the deal, “...”", "Moore thanked him for
    // “stepping up”": a quotation after a comma or inside the reporter's
    // words, in a sentence with no cue, is its subject's.
    if (!a.cue && !a.speaker && open > from + 2 && (Is(open - 1, ",") || Kind(open - 1) == TokenKind::kDash || embedded)) {
      a.speaker = SentenceSubject(from, open - 1);
    }

    uint32_t words = 0;
    for (uint32_t k = cur.first; k <= last && words < 4; ++k) words += IsWord(k);
    // A title named as such ("a book titled “...”", "chanted “USA! USA!”")
    // is reported as what was said.
    // Not a cue word that heads a noun phrase itself ("the TV show “Shark
    // Tank”": after an article or possessive, or a capitalized word naming
    // no one).
    const uint32_t before_cue = open > 1 ? open - 2 : open;
    const bool cue_noun =
        open > 1 && (Kind(before_cue) == TokenKind::kPossessive ||
                     OneOf(Text(before_cue), {"the", "a", "an", "his", "her", "its", "their", "The", "A", "An", "His",
                                              "Her", "Its", "Their"}) ||
                     (IsWord(before_cue) && Capitalized(before_cue) && !IsQuantifier(Text(before_cue)) &&
                      !NamesSpeaker(doc_.tokens[before_cue].span)));
    const bool named_as =
        open > 0 && ((CueAt(open - 1) && !cue_noun) || OneOf(Text(open - 1), {"titled", "entitled"}));
    auto drop = [&] {
      for (uint32_t k = open; k <= cur.end; ++k) inside_quote_[k] = 0;
      found.pop_back();
    };
    // "“This is a tragedy,” said Lopez. “Nobody warned us.”": a short
    // quotation that is a sentence of its own, capital to full stop, is one
    // more sentence of a speaker found around it, not scare quotes.
    const bool short_uncued = !a.cue && words <= 3;
    const bool own_sentence = short_uncued && !embedded && open == at_open.first_token && cur.close > cur.first + 1 &&
                              IsTerminator(cur.close - 1) && IsWord(cur.first) && Capitalized(cur.first);
    if ((short_uncued && !own_sentence) || (embedded && !named_as && words >= 2 && Title(cur.first, last))) {
      drop();
      return;
    }
    const bool inherited = !a.speaker;
    if (inherited) a = Inherited(found, a);
    if (own_sentence && !a.speaker) {
      drop();
      return;
    }
    cur.a = a;

    Quote q;
    q.span = Tokens(cur.first, last);
    // "Gore tried to distance himself and “made a mistake,” Lichtman said.":
    // a cue after a partial quote reports the reporter's words before it too.
    if (embedded && a.cue_token > cur.close && SentenceOf(a.cue_token).first_token <= open) {
      uint32_t clause = from;
      while (clause < open && !IsWord(clause)) ++clause;
      q.span.begin = doc_.tokens[clause].span.begin;
    }
    q.kind = embedded ? QuoteKind::kPartial : QuoteKind::kDirect;
    // A partial quote's cue also introduces the reported clause around it, as
    // does a cue whose clause runs on into the quotation ("Jacobs explained
    // that the title goes to whoever had the most impact, “for good or ill.”").
    if (a.cue && !embedded && !ClauseRunsInto(a, open)) cue_used_[a.cue_token] = 1;
    SetSpeaker(a, q);
    if (inherited && q.speaker && q.speaker_entity >= 0) q.speaker = NearestMention(q.speaker_entity, *q.speaker, open);
    doc_.quotes.push_back(q);
  }

  // "WALLACE:" or "MIKE PENCE:" opening tokens [first, last]: the label.
  std::optional<Span> TranscriptLabel(uint32_t first, uint32_t last) const {
    uint32_t t = first;
    while (t <= last && t < first + 3 && IsWord(t) && (doc_.tokens[t].flags & Token::kAllCaps) && Text(t).size() > 1)
      ++t;
    if (t == first || t >= last || !Is(t, ":")) return std::nullopt;
    return Tokens(first, t - 1);
  }

  // The token after a signature opening at `dash`: a dash, then a name of
  // capitalized words and initials that ends the paragraph or runs into the
  // next quotation or a comma ("― Sen. Jane Doe, Ohio"); 0 when there is none.
  uint32_t SignatureEnd(uint32_t dash) const {
    if (dash + 1 >= n_ || Kind(dash) != TokenKind::kDash || ParagraphStart(dash)) return 0;
    uint32_t t = dash + 1;
    while (t < n_ && t < dash + 7 && !ParagraphStart(t) &&
           ((IsWord(t) && Capitalized(t) && !EndsNounPhraseAnyCase(Text(t))) || (Is(t, ".") && t > dash + 1)))
      ++t;
    if (t == dash + 1 || !IsWord(t - 1 - Is(t - 1, "."))) return 0;
    const bool ends = t == n_ || ParagraphStart(t) || Kind(t) == TokenKind::kQuoteOpen || Is(t, ",");
    return ends ? t : 0;
  }

  // "“…,” an angry Hollande retaliated.", "“…,” Trump went on.": a short tag
  // whose verb is no cue still names who spoke, when its subject opens the
  // tag and is a pronoun, a person or an organisation.
  Attribution TagAfterQuote(uint32_t from) const {
    const uint32_t end = SentenceOf(from).end_token;
    if (end > from + kShortTag || !IsWord(from)) return {};
    bool after_name = false;  // the verb follows the subject's last word, adverbs aside
    for (uint32_t k = from; k < end; ++k) {
      if (!IsWord(k)) return {};
      if (IsAuxiliaryOrAdverb(Text(k))) continue;
      if (!after_name || Capitalized(k) || Is(k, "of")) {
        after_name = Capitalized(k) || IsPronoun(Text(k));
        continue;
      }
      // The subject opens the tag, after an adjective or two ("an angry X").
      std::optional<Span> speaker = SpeakerBefore(k, from);
      if (!speaker || speaker->begin > doc_.tokens[std::min(from + 2, k - 1)].span.begin || !NamesSpeaker(*speaker))
        return {};
      Attribution a;
      a.cue = doc_.tokens[k].span;
      a.cue_token = k;
      a.speaker = speaker;
      return a;
    }
    return {};
  }

  // Who a colon at token `colon` hands a quotation to, in the sentence from
  // `from`: a name right before it, else the sentence subject.
  std::optional<Span> ColonSpeaker(uint32_t colon, uint32_t from) const {
    // "As Tom Ridge put it: “...”": the one who put it.
    const bool put_it = colon > from + 2 && Is(colon - 1, "it") && Is(colon - 2, "put");
    std::optional<Span> speaker = SpeakerBefore(put_it ? colon - 2 : colon, from);
    if (put_it && !speaker) speaker = Speaker(colon - 2, kPlainVerb, from, colon - 2);
    if (!speaker || !NamesSpeaker(*speaker)) speaker = SentenceSubject(from, colon);
    return speaker;
  }

  // "MSNBC's “Morning Joe”", "the book “Those Guys Have All the Fun”": a
  // short quotation inside the reporter's words whose words are all
  // capitalized, function words aside, names a work. Not in the headline,
  // which capitalizes all.
  bool Title(uint32_t first, uint32_t last) const {
    if (first < 2 || ParagraphOf(first) == 0 || last >= first + 12) return false;
    bool any = false;
    for (uint32_t k = first; k <= last; ++k) {
      if (!IsWord(k)) continue;
      if (Capitalized(k)) { any = true; continue; }
      if (!OneOf(Text(k), {"of", "the", "a", "an", "and", "to", "in", "on", "for", "with", "at", "or", "by"}))
        return false;
    }
    return any;
  }

  // Whether the reporter's words between the cue and the quotation opening at
  // `open` are a clause of the cue's own ("that ...", three words or more
  // besides the speaker) rather than a tag ("X said:", "said X, ").
  bool ClauseRunsInto(const Attribution& a, uint32_t open) const {
    if (a.cue_token >= open || SentenceOf(a.cue_token).end_token <= open) return false;
    if (Is(a.cue_token + 1, "that")) return true;
    uint32_t words = 0;
    for (uint32_t t = a.cue_token + 1; t < open; ++t)
      words += IsWord(t) && !(a.speaker && a.speaker->Contains(doc_.tokens[t].span));
    return words >= 3;
  }

  // The mention of `entity` nearest before the quotation opening at token
  // `open`, later than `speaker` and outside quotations: "“A,” Trump said.
  // He then asked the crowd: “B?”" gives B to "He", the nearer naming.
  Span NearestMention(int entity, Span speaker, uint32_t open) const {
    Span best = speaker;
    const uint32_t open_at = doc_.tokens[open].span.begin;
    // Only in a later sentence than the speaker's own attribution: "“A,”
    // Stenberg said as she accepted her award. “B”" stays Stenberg's.
    const uint32_t after = SentenceOf(doc_.TokenAt(speaker.begin)).end_token;
    if (after >= open) return best;
    const uint32_t after_at = doc_.tokens[after].span.begin;
    auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), after_at,
                               [](const Mention& m, uint32_t pos) { return m.span.begin < pos; });
    const uint32_t sentence_at = doc_.tokens[SentenceOf(open > 0 ? open - 1 : open).first_token].span.begin;
    for (; it != doc_.mentions.end() && it->span.end <= open_at; ++it) {
      if (it->entity == entity && it->span.begin >= sentence_at && !inside_quote_[doc_.TokenAt(it->span.begin)])
        best = it->span;
    }
    // A subject pronoun in the few tokens before the quotation.
    for (uint32_t t = open; t-- > 0 && t + 40 > open;) {
      if (doc_.tokens[t].span.begin < std::max(best.end, after_at)) break;
      if (inside_quote_[t] || !IsWord(t) || !OneOf(Text(t), {"he", "He", "she", "She"})) continue;
      if (ResolvePronoun(Text(t), doc_.tokens[t].span.begin) == entity) return doc_.tokens[t].span;
      break;
    }
    return best;
  }

  // A quotation with no speaker in its own sentence takes one from around it:
  // an earlier quote in its paragraph ("“...,” Barkley said. “...”"), the
  // sentence before the paragraph ("Caddell continued:"), the quotes of the
  // previous paragraph when that one was a quotation too, or the first
  // sentence of the next paragraph.
  Attribution Inherited(const std::vector<Quoted>& found, Attribution own) const {
    const Quoted& cur = found.back();
    // "“…\n\n“… fund,” he continued. “But …”": a quote that ran on from an
    // earlier paragraph ends in this one.
    for (size_t k = found.size() - 1; k-- > 0;) {
      const Quoted& prev = found[k];
      if (ParagraphOf(prev.end) != cur.paragraph) break;
      if (prev.a.speaker) return Keep(own, prev.a);
    }
    if (cur.open != cur.paragraph) {
      // "Nielson said he had suspended him. “He will remain suspended …”": a
      // quotation that opens its sentence continues the named speaker of the
      // sentence before it in the paragraph.
      const uint32_t sentence = SentenceOf(cur.open).first_token;
      if (sentence != cur.open || sentence == cur.paragraph) return own;
      Attribution before = CueInSentence(sentence - 1);
      if (before.speaker && before.cue_token >= cur.paragraph && NamesSpeaker(*before.speaker))
        return Keep(own, before);
      return own;
    }
    if (cur.paragraph > 0) {
      Attribution before = CueInSentence(cur.paragraph - 1);
      if (before.speaker) return Keep(own, before);
      // "President Clinton released the following statement:" ending the
      // paragraph before: the colon hands the quotation on.
      if (const uint32_t colon = cur.paragraph - 1; Is(colon, ":")) {
        const uint32_t sentence = SentenceOf(colon).first_token;
        if (colon > sentence + 1) before.speaker = ColonSpeaker(colon, sentence);
        if (before.speaker) return Keep(own, before);
      }
      if (found.size() >= 2) {
        const Quoted& prev = found[found.size() - 2];
        if (prev.a.speaker && prev.open == prev.paragraph && ParagraphOf(cur.paragraph - 1) == prev.paragraph)
          return Keep(own, prev.a);
      }
    }
    // The quote fills its paragraph: the next paragraph's first sentence.
    const uint32_t end = cur.end;
    if (end + 1 < n_ && ParagraphStart(end + 1) && Kind(end + 1) != TokenKind::kQuoteOpen) {
      const Sentence& s = SentenceOf(end + 1);
      Attribution next = CueAfterQuote(s.first_token, std::min(s.end_token, s.first_token + 8));
      if (next.speaker) return Keep(own, next);
    }
    return own;
  }
  // The inherited speaker, keeping this quote's own cue when it has one.
  static Attribution Keep(const Attribution& own, Attribution inherited) {
    if (own.cue) inherited.cue = own.cue, inherited.cue_token = own.cue_token;
    else inherited.cue.reset();
    return inherited;
  }

  // ---- reported speech ----------------------------------------------------------

  void FindIndirect() {
    for (const Sentence& s : doc_.sentences) {
      if (s.first_token < turn_end_ || SpeakerColon(s) || BlockAfterColon(s)) continue;
      const size_t found = doc_.quotes.size();
      if (!TrailingAccordingTo(s)) FindReported(s);
      FindNested(found, kNestedDepth);
    }
  }

  // "Austin said Singh told reporters that the troops were moving": what a
  // quote reports may itself report someone's words, a quote of its own
  // inside it (PolNeAR annotates both, each with its own Source).
  void FindNested(size_t from, int depth) {
    if (depth == 0) return;
    const size_t end = doc_.quotes.size();
    for (size_t i = from; i < end; ++i) {
      if (doc_.quotes[i].kind != QuoteKind::kIndirect) continue;
      const Span outer = doc_.quotes[i].span;
      const Sentence clause{outer, doc_.TokenAt(outer.begin), doc_.TokenAt(outer.end)};
      const uint32_t resume = next_attribution_;  // the outer sentence's own
      next_attribution_ = 0;
      const size_t inner = doc_.quotes.size();
      FindReported(clause);
      next_attribution_ = resume;
      // The whole clause again attributes nothing new, and a joined verb's
      // "speaker" is its object. The outer speaker's own words once more are
      // an attribution of their own ("X said he wants to run": "to run" is
      // what he wants), as PolNeAR annotates them.
      auto repeats = [&](const Quote& q) {
        return q.span == outer || Coordinated(q) || WantsObject(q);
      };
      const auto first_inner = doc_.quotes.begin() + static_cast<std::ptrdiff_t>(inner);
      doc_.quotes.erase(std::remove_if(first_inner, doc_.quotes.end(), repeats), doc_.quotes.end());
      FindNested(inner, depth - 1);
    }
  }

  // "Graham called both Trump and Clinton crazy and said ...", "..., saying",
  // "to discuss", "issued a statement saying": a verb joined to the reporting
  // verb, or a participle after a noun that names no one, has the outer
  // speaker as its subject; what it found inside the clause is an object.
  bool Coordinated(const Quote& q) const {
    if (!q.cue) return false;
    const uint32_t k = doc_.TokenAt(q.cue->begin);
    if (k > 0 && OneOf(Text(k - 1), {"and", "or", "but", "then", ",", "to", "before", "after", "while", "by",
                                     "without", "also"}))
      return true;
    return EndsWith(Text(k), "ing") && (!q.speaker || !NamesSpeaker(*q.speaker));
  }

  // "The union said pilots wanted a 10% raise": inside what someone else
  // reports, a verb of wanting or intending with a plain object is part of
  // the reported situation, not a second source's statement. Not an
  // expectation or hope ("it expected its exposure to be limited"), a
  // belief held of its own.
  bool WantsObject(const Quote& q) const {
    if (!q.cue) return false;
    const uint32_t k = doc_.TokenAt(q.cue->begin);
    const Cue* cue = CueAt(k);
    return cue && (cue->flags & kInfinitive) && !(cue->flags & (kNoun | kNeedsThat)) && !Is(k + 1, "to");
  }

  // The attributions of one sentence (or of a reported clause), left to right.
  void FindReported(const Sentence& s) {
    if (Evidential(s)) return;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (inside_quote_[k] || cue_used_[k] || !IsWord(k)) continue;
      // "went to vote": a cue that reports only its preposition's object,
      // without it, is passed at once ("voted overwhelmingly for" has it).
      if (const Cue* c = CueAt(k); c && (c->flags & kPrepOnly) && !Is(k + 1, c->prep) &&
                                   !(k + 2 < s.end_token && EndsWith(Text(k + 1), "ly") && Is(k + 2, c->prep)))
        continue;
      if (OneOf(Text(k), {"according", "According"}) && Is(k + 1, "to")) {
        if (AccordingTo(s, k)) break;
        continue;
      }
      const bool opens = k == s.first_token || (k == s.first_token + 1 && OneOf(Text(s.first_token), {"But", "And", "Yet"}));
      if (opens && OneOf(Text(k), {"To", "to"}) && ToHolder(s, k)) break;
      if (OneOf(Text(k), {"In", "in"}) && PollFinding(s, k)) break;
      if (CueAt(k) && ReceivedStance(s, k)) break;
      if (k + 1 < s.end_token && CueAt(k + 1) && Is(k, "in") && InStanceOf(s, k)) {
        k += 2;
        continue;
      }
      const Cue* cue = CueAt(k);
      // "when asked whether", "Asked about the wall, she said", "Rubio was asked if".
      if (k == s.first_token ? Text(k) == "Asked"
                             : cue && (cue->flags & kTakesObject) &&
                                   (OneOf(Text(k - 1), {"when", "When", "after", "After", "once", "Once"}) ||
                                    (Text(k) == "asked" && OneOf(Text(k - 1), {"was", "is", "were"})))) {
        if (!WhenAsked(s, k)) continue;
      } else if (!cue) {
        if (!VerbWithThat(s, k)) continue;
      } else if (!Reported(s, k, *cue)) {
        continue;
      }
      if (!next_attribution_) break;
      k = next_attribution_ - 1;  // "X said A, and Y said B": B is Y's
      next_attribution_ = 0;
    }
  }

  // "The FBI is reportedly making arrangements to interview her": an adverb
  // of hearsay reports its clause, subject included, said by no one named
  // ("Reportedly, he had ...": the clause after the comma).
  bool Evidential(const Sentence& s) {
    auto it = std::lower_bound(evidential_.begin(), evidential_.end(), s.first_token);
    if (it == evidential_.end() || *it >= s.end_token) return false;
    const uint32_t k = *it;
    if (inside_quote_[k] || cue_used_[k]) return false;
    uint32_t first = s.first_token;
    if (k == s.first_token && Is(k + 1, ",")) first = k + 2;
    while (first < k && (!IsWord(first) || inside_quote_[first])) {
      if (inside_quote_[first]) return false;  // a quotation's own tag, not hearsay
      ++first;
    }
    if (first + 2 >= s.end_token) return false;
    // "X said the FBI is reportedly ...", "he reportedly argued that": a
    // report of its own in the sentence holds the adverb.
    for (uint32_t t = s.first_token; t < s.end_token; ++t)
      if (const Cue* c = CueAt(t); c && !(c->flags & (kNoun | kAdjective)) && !inside_quote_[t]) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    cue_used_[k] = 1;
    const uint32_t e = NextAttribution(std::max(first, k) + 1, s.end_token);
    return AddIndirect(first, e - 1, a);
  }

  // "Hewitt writes:" ending a paragraph, then a paragraph with no
  // quotation marks: a block quotation, the writer's own words to the
  // paragraph's end.
  bool BlockAfterColon(const Sentence& s) {
    const uint32_t k = s.first_token;
    if (k < 2 || !ParagraphStart(k) || !Is(k - 1, ":") || inside_quote_[k] ||
        (!IsWord(k) && Kind(k) != TokenKind::kPunct))
      return false;
    Attribution a = CueInSentence(k - 1);
    // A verb of saying or writing, not a list's heading ("what we learned:").
    if (!a.cue || !a.speaker || a.cue_token + 1 >= k || inside_quote_[a.cue_token] ||
        !(IsVerbOfSaying(Text(a.cue_token)) || OneOf(Text(a.cue_token), {"reports", "reported", "According", "according"})))
      return false;
    uint32_t last = s.end_token - 1;
    while (last + 1 < n_ && !ParagraphStart(last + 1)) ++last;
    for (uint32_t t = k; t <= last; ++t)
      if (inside_quote_[t]) return false;  // the paragraph quotes someone itself
    if (!AddIndirect(k, last, a)) return false;
    doc_.quotes.back().kind = QuoteKind::kDirect;
    turn_end_ = last + 1;
    return true;
  }

  // A transcript or headline line "Trump: My plans aren't set in stone",
  // "Q: And the wall?": a named speaker (or Q, A) and a colon open the sentence.
  bool SpeakerColon(const Sentence& s) {
    uint32_t k = s.first_token;
    if (k >= s.end_token || !IsWord(k) || inside_quote_[k]) return false;
    const bool headline = k < first_paragraph_end_;
    // "EXCLUSIVE – Roger Stone: ...": a kicker in capitals before a dash.
    if (headline && (doc_.tokens[k].flags & Token::kAllCaps) && k + 2 < s.end_token && Kind(k + 1) == TokenKind::kDash)
      k += 2;
    uint32_t colon = k, who_end = 0;  // who_end: past the speaker, where the headline says to whom or where
    while (colon < s.end_token && colon < k + 8 && IsWord(colon) &&
           (Capitalized(colon) || (headline && colon > k && colon + 1 < s.end_token && Capitalized(colon + 1) &&
                                   OneOf(Text(colon), {"to", "at", "on", "in"})))) {
      // "Clinton to Planned Parenthood: ...", "Former AG Mukasey at RNC: ...".
      if (!Capitalized(colon) && !who_end) who_end = colon;
      ++colon;
    }
    if (colon == k || colon + 1 >= s.end_token || !Is(colon, ":") || (!who_end && colon > k + 5)) return false;
    if (!who_end) who_end = colon;
    const Span who = Tokens(k, who_end - 1);
    const int e = EntityOverlapping(who);
    const bool named = e >= 0 && (doc_.entities[e].type == EntityType::kPerson || doc_.entities[e].type == EntityType::kOrg);
    // "JAKE TAPPER: ...", "TRUMP: ...": a transcript's speaker label in
    // capitals, past the headline (where capitals are a kicker: "EXCLUSIVE:").
    bool label = ParagraphStart(k) && k > 0;
    for (uint32_t t = k; label && t < colon; ++t) label = doc_.tokens[t].flags & Token::kAllCaps;
    const bool question_answer = colon == k + 1 && (Is(k, "Q") || Is(k, "A"));
    if (!named && !label && !question_answer && !(headline && HeadlineSource(k, who_end))) return false;
    Attribution a;
    a.speaker = who;
    a.cue = doc_.tokens[colon].span;
    a.cue_token = colon;
    // A transcript's turn ("TAPPER: ...", "A: ...") runs to the end of its
    // paragraph; a named line may head a section instead ("Jeb Bush: Student
    // loans").
    uint32_t last = s.end_token - 1;
    if ((label || question_answer) && ParagraphStart(k)) {
      // Up to a sentence that attributes something of its own.
      while (last + 1 < n_ && !ParagraphStart(last + 1)) {
        const Sentence& next = SentenceOf(last + 1);
        bool cue = false;
        for (uint32_t t = next.first_token; t < next.end_token && !cue; ++t) cue = !inside_quote_[t] && QuotationCue(t);
        if (cue) break;
        last = next.end_token - 1;
      }
      turn_end_ = last + 1;
    }
    if (!AddIndirect(colon + 1, last, a)) return false;
    doc_.quotes.back().kind = QuoteKind::kDirect;  // the speaker's own words
    return true;
  }

  // "Poll: Trump ties Clinton", "Carson: Cruz took a 'Benghazi' approach":
  // in a headline, where names go unrecognized among capitals, a source
  // noun or the name of a person or organisation the article names.
  bool HeadlineSource(uint32_t k, uint32_t colon) const {
    std::string_view last = Text(colon - 1);
    if (colon <= k + 2 && OneOf(last, {"Poll", "Polls", "Survey", "Report", "Study", "Insiders", "Sources", "Officials",
                                       "Aides", "Experts", "Analysts", "Newspaper", "Editorial"}))
      return true;
    for (const Mention& m : doc_.mentions) {
      if (m.entity < 0 || m.span.begin < doc_.tokens[colon].span.end) continue;
      const EntityType type = doc_.entities[m.entity].type;
      if (type != EntityType::kPerson && type != EntityType::kOrg) continue;
      std::string_view name = doc_.Slice(m.span);
      if (name.size() > last.size() && name.ends_with(last) && name[name.size() - last.size() - 1] == ' ') return true;
      if (name == last) return true;
    }
    return false;
  }

  // Trims trailing punctuation and closing marks off [first, last]; adds the
  // quote when at least three words remain and it is not already quoted.
  bool AddIndirect(uint32_t first, uint32_t last, const Attribution& a) {
    // A sentence that ends inside a quotation ("“dangerous. Very dangerous.”")
    // reports it to its end.
    while (last + 1 < n_ && inside_quote_[last] && inside_quote_[last + 1] && !ParagraphStart(last + 1)) ++last;
    while (last > first && (Kind(last) == TokenKind::kPunct || Kind(last) == TokenKind::kQuoteClose)) --last;
    // "He also was backed by ...": an adverb left at the end is the verb's.
    while (last > first && !inside_quote_[last] && (Is(last, "also") || Is(last, "then"))) --last;
    while (first < last && Kind(first) == TokenKind::kPunct) ++first;
    // A dateline is not what was said: "VALENCIA, Spain (Wire) — About 10,000 ...".
    if (doc_.tokens[first].flags & Token::kAllCaps) {
      for (uint32_t t = first + 1; t < last && t < first + 10; ++t) {
        if (Kind(t) == TokenKind::kDash) { first = t + 1; break; }
      }
    }
    // "Obama, who endorsed Clinton on Thursday, is making his pitch": what a
    // relative clause set off by commas reports ends where the main clause
    // resumes with its verb.
    if (a.speaker && IsRelative(*a.speaker)) {
      const uint32_t who = doc_.TokenAt(a.speaker->begin);
      if (who > 0 && (Is(who - 1, ",") || Kind(who - 1) == TokenKind::kDash)) {
        for (uint32_t t = first + 1; t < last; ++t) {
          if (!inside_quote_[t] && (Is(t, ",") || Kind(t) == TokenKind::kDash) && IsWord(t + 1) &&
              !Capitalized(t + 1) && CueAt(t + 1)) {
            last = t - 1;
            next_attribution_ = t;  // the main clause may report on its own: "..., said Wednesday he agrees"
            break;
          }
        }
      }
    }
    // "As Mitchell tried to discuss the challenges, Sanders cut her off":
    // what a clause opened by a subordinator reports ends where the main
    // clause begins, at its first comma.
    if (a.cue && a.cue_token < first) {
      uint32_t open = SentenceOf(first).first_token;
      while (open < a.cue_token && !IsWord(open)) ++open;
      bool same_clause = true;
      for (uint32_t t = open; t < first && same_clause; ++t) same_clause = !Is(t, ",") && !inside_quote_[t];
      if (same_clause && OneOf(Text(open), {"As", "When", "While", "After", "Before", "Although", "Though", "If",
                                            "Because", "Since", "Once", "Until", "Unless"})) {
        for (uint32_t t = first + 1; t < last; ++t) {
          if (inside_quote_[t] || !Is(t, ",")) continue;
          // Not an apposition: ", a tax loophole important to ...".
          if (IsWord(t + 1) && (Capitalized(t + 1) || IsPronoun(Text(t + 1)) ||
                                OneOf(Text(t + 1), {"the", "his", "her", "its", "their"}))) {
            // "As Paul Ryan has pointed out, that's ...": a particle is the
            // verb's, and the main clause is what was pointed out.
            if (t == first + 1 && OneOf(Text(first), {"out", "up"})) {
              first = t + 1;
            } else {
              last = t - 1;
              next_attribution_ = t;
            }
          }
          break;
        }
      }
    }
    // A word at least ("opposed Trump" reports a stance on Trump), and not a
    // quotation already found on its own.
    bool word = false;
    for (uint32_t k = first; k <= last && !word; ++k) word = IsWord(k) || Kind(k) == TokenKind::kNumber;
    if (!word || (inside_quote_[first] && inside_quote_[last]) || Adverbial(first, last)) return false;
    Quote q;
    q.kind = QuoteKind::kIndirect;
    q.span = Tokens(first, last);
    SetSpeaker(a, q);
    doc_.quotes.push_back(q);
    return true;
  }

  // "Aston Martin said the Vantage is “the most important car” it builds":
  // the partial quote found at its marks and the clause the same cue reports
  // are one attribution, reported once, as a partial quote over the clause.
  // A quote of its own inside the clause ("calling them “boring”", a cue of
  // its own) stays.
  void AbsorbPartials(Quote& q) {
    if (!q.cue) return;
    auto begin = doc_.quotes.begin(), end = begin + static_cast<std::ptrdiff_t>(quoted_count_);
    auto it = std::lower_bound(begin, end, q.span.begin,
                               [](const Quote& x, uint32_t pos) { return x.span.begin < pos; });
    for (; it != end && it->span.begin < q.span.end; ++it) {
      if (it->kind != QuoteKind::kPartial || it->span.end > q.span.end || !it->cue || *it->cue != *q.cue) continue;
      absorbed_[static_cast<size_t>(it - begin)] = 1;
      q.kind = QuoteKind::kPartial;
    }
  }

  // "X said on Twitter", "she testified before the panel last fall", "On
  // Monday, X said:": a short phrase of time or place with no comma of its
  // own says when or where, not what.
  bool Adverbial(uint32_t first, uint32_t last) const {
    // "backed away from", "pointed out.": particles and prepositions name
    // nothing; nor does a lone adverb ("said basically"), though "said yes"
    // and "would say so" do.
    bool empty = true;
    for (uint32_t t = first; t <= last && empty; ++t)
      empty = IsWord(t) && (IsParticle(Text(t)) || OneOf(Text(t), {"of", "from", "to", "with", "about", "into", "over",
                                                                    "on", "in", "at", "for", "by"}));
    if (empty && last < first + 3) return true;
    if (first == last && IsWord(first) &&
        (OneOf(Text(first), {"enough", "again", "instead", "too", "repeatedly", "basically", "anyway", "afterward",
                             "here", "there"}) ||
         IsAuxiliaryOrAdverb(Text(first))))
      return true;
    if (last > first + 10 || !IsWord(first) ||
        !OneOf(Text(first), {"on", "On", "in", "In", "at", "At", "during", "During", "before", "Before", "after",
                             "After", "following", "Following", "from", "From", "shortly", "Shortly", "since",
                             "Since", "until", "via", "amid", "Amid", "earlier", "Earlier", "later", "Later"}))
      return false;
    // A phrase: the preposition's object, not "at least six planes".
    const uint32_t object = Is(first, "shortly") || Is(first, "Shortly") ? first + 2 : first + 1;
    if (object > last || !IsWord(object) ||
        !(IsDeterminer(Text(object)) || Capitalized(object) || OneOf(Text(object), {"last", "this", "next"})))
      return false;
    for (uint32_t t = first; t <= last; ++t)
      if (Is(t, ",") || inside_quote_[t]) return false;
    return true;
  }

  // "Christie said when asked whether ...", "When asked about the wall, Trump
  // said ...": the question is reported, put to the subject of the sentence.
  bool WhenAsked(const Sentence& s, uint32_t k) {
    uint32_t c = k + 1;
    if (c >= s.end_token) return false;  // "Asked" ending the text
    if (OneOf(Text(c), {"by", "on", "in", "during"})) {  // "when asked by a reporter whether", "asked on Fox News who"
      for (uint32_t t = c + 1; t < s.end_token && t < c + 7; ++t) {
        if (OneOf(Text(t), {"whether", "if", "about", "to", "how", "why", "what", "which", "who", "when"})) {
          c = t;
          break;
        }
      }
    }
    if (c >= s.end_token || OneOf(Text(c), {"by", "on", "in", "during"})) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    // "Asked by Matt Lauer whether ...": the one who asks is the source.
    std::optional<Span> asker = Is(k + 1, "by") ? SpeakerAfter(k + 1, c) : std::nullopt;
    uint32_t e = s.end_token;
    // Fronted: "When asked about X, she said ...", not "Rubio was asked if".
    const bool fronted = k == s.first_token || (k == s.first_token + 1 && !OneOf(Text(k - 1), {"was", "is", "were"}));
    if (fronted) {
      for (e = c; e < s.end_token && !Is(e, ","); ++e) {}
      // "Asked why X, in the same bill, did Y, Earnest responded": the
      // question runs to the comma before the verb that answers it.
      uint32_t answer = e;
      while (answer < s.end_token && (inside_quote_[answer] || !QuotationCue(answer))) ++answer;
      for (uint32_t t = answer; t-- > e + 1;)
        if (Is(t, ",") && !inside_quote_[t]) { e = t; break; }
      if (e + 1 >= s.end_token) return false;
      a.speaker = SentenceSubject(e + 1, s.end_token);
    } else {
      a.speaker = SentenceSubject(s.first_token, k - 1);
    }
    if (asker) a.speaker = asker;
    cue_used_[k] = 1;
    if (!AddIndirect(c, e - 1, a)) return false;
    if (fronted) next_attribution_ = e + 1;  // the answer: "..., Trump said that he would"
    return true;
  }

  // "According to X, CLAUSE." and "CLAUSE, according to X."
  bool AccordingTo(const Sentence& s, uint32_t k) {
    Attribution a;
    a.cue = Tokens(k, k + 1);
    a.speaker = AccordingSource(k + 1, s.end_token);
    if (!a.speaker) return false;
    // "In addition, according to X, CLAUSE": after a short opener the clause
    // follows the source.
    const bool opener = k <= s.first_token + 4;
    if (k > s.first_token && Is(k - 1, ",") && !opener) return AddIndirect(s.first_token, k - 2, a);
    // "According to X, CLAUSE" opens its clause after a colon, a dash or a
    // conjunction too ("It hasn't gone unnoticed: according to the polls, ...").
    if (k != s.first_token && !Is(k - 1, ":") && !Is(k - 1, "(") && Kind(k - 1) != TokenKind::kDash &&
        !(opener && Is(k - 1, ",")) &&
        !OneOf(Text(k - 1), {"But", "And", "Yet", "So", "but", "and"}))
      return false;
    for (uint32_t c = k + 2; c < s.end_token; ++c)
      if (Is(c, ",")) return c + 1 < s.end_token && AddIndirect(c + 1, s.end_token - 1, a);
    return false;
  }

  // "To Ms. Gil, skateboarding is a cry of dissent", "To many, he is a
  // provocateur": a fronted "to" names who holds the view the clause states,
  // when it names a speaker or a group of people ("To be sure", "To the
  // shock of the establishment" name no one).
  bool ToHolder(const Sentence& s, uint32_t k) {
    uint32_t comma = k + 2;
    while (comma < s.end_token && comma < k + 12 && !Is(comma, ",")) ++comma;
    // Not a letter's address: "To Ashley, of Swindon: ...".
    if (comma + 3 >= s.end_token || !Is(comma, ",") || !IsWord(k + 1) || !IsWord(comma + 1) ||
        OneOf(Text(comma + 1), {"of", "from", "in", "at"}))
      return false;
    std::optional<Span> holder = SpeakerBefore(comma, k + 1);
    if (!holder || holder->begin != doc_.tokens[k + 1].span.begin) return false;
    std::string_view head = Text(comma - 1);
    const bool people = IsQuantifier(head) || (!Capitalized(comma - 1) && head.size() > 3 && EndsWith(head, "s") &&
                                               !EndsWith(head, "ss"));
    if (!NamesSpeaker(*holder) && !people) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    a.speaker = holder;
    cue_used_[k] = 1;
    return AddIndirect(comma + 1, s.end_token - 1, a);
  }

  // "In a Des Moines Register poll last month, Mr. Cruz had a 10-point
  // lead", "Carson fell to 10 percent in the latest CNN/ORC poll": a poll or
  // survey holds the finding it is named with, no verb of saying needed
  // (where the finding reports someone's words, that cue attributes it).
  bool PollFinding(const Sentence& s, uint32_t k) {
    uint32_t noun = 0;
    for (uint32_t t = k + 1; t < s.end_token && t < k + 9 && !noun; ++t) {
      if (!IsWord(t) && Kind(t) != TokenKind::kPossessive && Kind(t) != TokenKind::kNumber && !Is(t, "/") && !Is(t, "-"))
        return false;
      if (OneOf(Text(t), {"poll", "polls", "survey", "surveys"})) noun = t;
    }
    // Not inside what someone else reports (FindNested's clauses).
    if (!noun || (k > 0 && IsVerbOfSaying(Text(k - 1))) || SentenceOf(k).first_token != s.first_token) return false;
    auto cued = [&](uint32_t from, uint32_t to) {
      for (uint32_t t = from; t < to; ++t)
        if (inside_quote_[t] || QuotationCue(t)) return true;
      return false;
    };
    uint32_t first, last;
    const bool fronted = k == s.first_token || (k == s.first_token + 1 && OneOf(Text(s.first_token), {"But", "And"}));
    if (fronted) {
      uint32_t comma = noun + 1;  // past "released Monday", "of likely voters"
      while (comma < s.end_token && comma < noun + 8 && !Is(comma, ",") && !cued(comma, comma + 1)) ++comma;
      if (!Is(comma, ",") || comma + 3 >= s.end_token) return false;
      first = comma + 1;
      last = s.end_token - 1;
    } else {
      // The poll closes a sentence of one clause ("Trump, who leads in the
      // polls" is no finding), give or take a short tail.
      if (k < s.first_token + 3 || s.end_token > noun + 6 || cued(noun + 1, s.end_token)) return false;
      for (uint32_t t = s.first_token; t < k; ++t)
        if (Is(t, ",") || Kind(t) == TokenKind::kDash || OneOf(Text(t), {"who", "which", "when", "where", "whom"}))
          return false;
      if (OneOf(Text(k - 1), {"participated", "took", "part", "included", "responded", "asked", "questioned"}))
        return false;
      first = s.first_token;
      last = k - 1;
    }
    if (cued(first, last + 1)) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    a.speaker = Tokens(k + 1, noun);
    return AddIndirect(first, last, a);
  }

  // "CLAUSE, according to X." : the source at the end holds the whole clause
  // before it, whatever cue words the clause has of its own ("HarperCollins
  // declined to renew the offer, according to an executive").
  bool TrailingAccordingTo(const Sentence& s) {
    auto it = std::lower_bound(according_.begin(), according_.end(), s.first_token + 2);
    for (; it != according_.end() && *it + 2 < s.end_token; ++it) {
      const uint32_t k = *it;
      if (!Is(k + 1, "to") || inside_quote_[k]) continue;
      // "That’s according to exit polls": the contraction's subject.
      const bool is = Contraction(k - 1);
      if (!Is(k - 1, ",") && Kind(k - 1) != TokenKind::kDash && !IsWord(k - 1) && !is) return false;
      Attribution a;
      a.cue = Tokens(k, k + 1);
      a.cue_token = k;
      a.speaker = AccordingSource(k + 1, s.end_token);
      if (!a.speaker) return false;
      // Only where the source phrase closes the sentence, give or take a
      // short tail ("according to the data available from the FBI"); the
      // subject of "That’s according to" is what is reported, whatever follows.
      uint32_t t = k + 2;
      while (t < s.end_token && doc_.tokens[t].span.end <= a.speaker->end) ++t;
      if (s.end_token - t > 8 && !Is(t, ",") && Kind(t) != TokenKind::kDash && !is) return false;
      if (k <= s.first_token + 4 && Is(t, ",")) return false;  // "In addition, according to X, CLAUSE"
      // "In Iowa, Trump is first, according to the average, although Carson
      // keeps it close": set off inside the clause, the source holds all of it.
      // Not an apposition on the source ("according to CrowdTangle, a
      // social analytics tool") nor a participle or comparison hung on the
      // clause ("..., referring to", "..., compared with").
      // "..., because, according to Trump, the media would call him": a
      // verb after the determiner makes it a clause, no apposition.
      bool verb_after = false;
      for (uint32_t j = t + 2; j < s.end_token && !Is(j, ",") && !verb_after; ++j)
        verb_after = IsWord(j) && (IsAuxiliary(Text(j)) || OneOf(Text(j), {"is", "was", "are", "were"}));
      const bool apposition = t + 1 < s.end_token && IsDeterminer(Text(t + 1)) && !Capitalized(t + 1) &&
                              Capitalized(doc_.TokenAt(a.speaker->end) - 1) && !verb_after;
      const bool hung = t + 1 < s.end_token && !Capitalized(t + 1) &&
                        (EndsWith(Text(t + 1), "ing") || EndsWith(Text(t + 1), "ed"));
      if (t + 3 < s.end_token && (Is(t, ",") || Kind(t) == TokenKind::kDash) && !is && !apposition && !hung &&
          !inside_quote_[t + 1] && !OneOf(Text(t + 1), {"who", "which", "whose", "where", "when"})) {
        uint32_t words = 0;
        for (uint32_t j = t + 1; j < s.end_token; ++j) words += IsWord(j);
        // "..., because, according to X, CLAUSE": after a conjunction the
        // source holds the clause that follows it.
        const bool after_conjunction =
            k >= s.first_token + 2 && Is(k - 1, ",") &&
            OneOf(Text(k - 2), {"because", "but", "and", "that", "while", "since", "although", "though", "as"});
        if (words >= 3) return AddIndirect(after_conjunction ? t + 1 : s.first_token, s.end_token - 1, a);
      }
      return AddIndirect(s.first_token, is ? k - 2 : k - 1, a);
    }
    return false;
  }

  // "X said (that) CLAUSE.", "X told reporters CLAUSE.", "CLAUSE, X said."
  bool Reported(const Sentence& s, uint32_t k, const Cue& cue) {
    if (cue.flags & kAdjective) return Stance(s, k, cue);
    // "new fundraising reports show", "the polls said": a cue word in -s
    // before a verb of its own is that verb's subject, a plural noun.
    if (EndsWith(Text(k), "s") && !EndsWith(Text(k), "ss") && !Is(k, "says") && k + 1 < s.end_token &&
        !inside_quote_[k + 1]) {
      const Cue* verb = QuotationCue(k + 1);
      if (verb && !(verb->flags & kParticiple) && !EndsWith(Text(k + 1), "ing")) return false;
    }
    if (k > s.first_token && OneOf(Text(k - 1), {"is", "was", "are", "were", "be", "been", "being"}) &&
        !EndsWith(Text(k), "ing")) {
      // "The vote is expected to be close": an expectation about its subject,
      // reported as an impression is.
      if ((cue.flags & kInfinitive) && (cue.flags & kNeedsThat) && Is(k + 1, "to")) return Impression(s, k);
      // "Some advisers are said to be urging", "he is believed to have left":
      // the clause, subject included, is what is said, by no one named.
      if (Is(k + 1, "to") && SaidToBe(k)) return Passive(s, k, k - 1);
      if (Is(k + 1, "to") || Is(k + 1, "that")) return false;  // but "was referring to" reports
      return Passive(s, k, k - 1);
    }
    const uint32_t be = PastAdverbs(k, s.first_token);  // "was quickly rejected by"
    if (be < k && be > s.first_token && OneOf(Text(be - 1), {"is", "was", "are", "were", "be", "been"}) &&
        !EndsWith(Text(k), "ing"))
      return Passive(s, k, be - 1);
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    if (cue.flags & kRaising) return Impression(s, k);
    // After a determiner a cue word is a noun: "his support for", "the calls for".
    const bool noun = (cue.flags & kNoun) ||
                      (k > s.first_token && OneOf(Text(k - 1), {"the", "The", "a", "an", "his", "her", "its", "their",
                                                                "His", "Her", "Its", "Their", "our", "my"})) ||
                      (k > s.first_token && Kind(k - 1) == TokenKind::kPossessive && !Contraction(k - 1));
    if (noun) {
      // "his claim that", "a White House statement that", "criticism of":
      // the clause or object after it, held by its possessor. Only a clause
      // or object opens after it ("her decision to run"); most nouns met
      // have neither, and are passed before their holder is looked for.
      const uint32_t opener = k + 1;
      if (opener >= s.end_token ||
          !(Is(opener, "that") || (!cue.prep.empty() && Is(opener, cue.prep)) ||
            ((cue.flags & kInfinitive) && Is(opener, "to"))))
        return false;
      a.speaker = SubjectForPossessor(Possessor(k, s.first_token), s.first_token);
      if (!a.speaker) a.speaker = Predicated(k, s.first_token);
      if (!a.speaker) a.speaker = ForAdjectives(SpeakerBefore(k, s.first_token), s.first_token);
      // "Christie repeated accusations that", "Putin veered close to an
      // admission that": a claim no one holds by name is the named subject's.
      if (!a.speaker) {
        std::optional<Span> subject = SentenceSubject(s.first_token, k);
        if (subject && NamesSpeaker(*subject)) a.speaker = subject;
      }
      // "Bennett denied the notion that", "Some Democrats would take issue
      // with the suggestion that": a belief no one holds by name, stated
      // as a clause, is set out by whoever takes it up.
      if (!a.speaker && Is(k + 1, "that") && OneOf(Text(k - 1), {"the", "a", "an"}))
        a.speaker = HolderOfObject(k - 1, s.first_token);
      uint32_t c = k + 1;
      // "speculation that", "the idea that": a belief stated with no holder
      // is still one reported.
      if ((!a.speaker && !Is(c, "that")) || c >= s.end_token) return false;
      if (Is(c, "that") || (!cue.prep.empty() && Is(c, cue.prep))) ++c;
      else if (!((cue.flags & kInfinitive) && Is(c, "to"))) return false;  // "her decision to run"
      cue_used_[k] = 1;
      const uint32_t e = NextAttribution(c, s.end_token);
      if (e < s.end_token) next_attribution_ = e;
      return AddIndirect(c, e - 1, a);
    }
    // "broad support among", "support from blacks", "34 percent support",
    // "her base of support was": a cue that can be a noun reads as one here.
    if (!cue.prep.empty() &&
        ((k + 1 < s.end_token && OneOf(Text(k + 1), {"from", "among", "is", "was", "were", "has", "had", "in"})) ||
         (k > s.first_token && OneOf(Text(k - 1), {"of", "percent", "%"}))))
      return false;
    // "into active support, donors said": a cue that can be a noun, after a
    // lower-case modifier and before a comma, is one.
    if (!cue.prep.empty() && Is(k + 1, ",") && !EndsWith(Text(k), "ed") && k > s.first_token && IsWord(k - 1) &&
        !Capitalized(k - 1) && !IsPronoun(Text(k - 1)) && !IsAuxiliaryOrAdverb(Text(k - 1)) &&
        !IsQuantifier(Text(k - 1)) && !EndsNounPhrase(Text(k - 1)))
      return false;
    a.speaker = SpeakerBefore(k, s.first_token);
    // "Trump unleashed a flurry of tweets shaming ...": a cue word right
    // after "of" is a noun, the verb's object; whoever sent it is the
    // subject of the clause, not "a flurry of".
    if (a.speaker && Is(k - 1, "of")) a.speaker = HolderOfObject(doc_.TokenAt(a.speaker->begin), s.first_token);
    // "A noisy and informed debate": a participle joined to an adjective
    // after a determiner, before a noun, is an adjective too.
    if (EndsWith(Text(k), "ed") && k >= s.first_token + 3 && Is(k - 1, "and") && IsDeterminer(Text(k - 3)) &&
        IsWord(k - 2) && !Capitalized(k - 2) && k + 1 < s.end_token && IsWord(k + 1) && !Capitalized(k + 1) &&
        !IsDeterminer(Text(k + 1)) && !IsPronoun(Text(k + 1)) && !EndsNounPhrase(Text(k + 1)) &&
        !IsAuxiliaryOrAdverb(Text(k + 1)))
      return false;
    // "worth of planned ads": a participle after "of" is an adjective.
    if (EndsWith(Text(k), "ed") && k > s.first_token && Is(k - 1, "of")) return false;
    // "270 pledged delegates": a participle between a number and a noun is
    // an adjective.
    if (EndsWith(Text(k), "ed") && k > s.first_token && (Kind(k - 1) == TokenKind::kNumber || IsCountWord(Text(k - 1))) &&
        k + 1 < s.end_token &&
        IsWord(k + 1) && !Capitalized(k + 1) && !IsDeterminer(Text(k + 1)) && !IsPronoun(Text(k + 1)) &&
        !IsAuxiliaryOrAdverb(Text(k + 1)) && !EndsNounPhrase(Text(k + 1)))
      return false;
    // "a program called Sandy Hook Promise": after an indefinite noun
    // phrase, "called" and a name names the thing.
    if (Is(k, "called") && a.speaker && OneOf(Text(doc_.TokenAt(a.speaker->begin)), {"a", "an", "A", "An"}) &&
        k + 1 < s.end_token && (Capitalized(k + 1) || Kind(k + 1) == TokenKind::kQuoteOpen))
      return false;
    if (a.speaker) a.speaker = RelativeHead(a.speaker, s.first_token);
    a.speaker = ObjectOfVerb(ForParticiple(a.speaker, k, cue, s.first_token), k, cue, s.first_token);
    // "found considerable support for", "the nearly uniform support for": a
    // base form with its preposition after a singular noun phrase is a noun,
    // its lower-case words modifiers, and it is held by the clause subject.
    if (a.speaker && !cue.prep.empty() && Is(k + 1, cue.prep) && IsBaseForm(Text(k))) {
      std::string_view head = Text(k - 1);
      if (IsWord(k - 1) && !Capitalized(k - 1) && !EndsWith(head, "s") && !IsPronoun(head) && !IsQuantifier(head))
        a.speaker = ForAdjectives(a.speaker, s.first_token);
    }
    if (!a.speaker) a.speaker = Possessor(k, s.first_token);
    bool inverted = false;
    const bool after_comma = k > s.first_token && Is(k - 1, ",");
    // "CLAUSE, said X (on Monday).", but never a participle: in "Workers
    // walked out, demanding a pay rise" the pay rise demands nothing.
    if (!a.speaker && after_comma && !(cue.flags & kParticiple)) {
      a.speaker = SpeakerAfter(k, s.end_token);
      uint32_t t = k + 1;
      while (a.speaker && t < s.end_token && doc_.tokens[t].span.end <= a.speaker->end) ++t;
      // "..., say taxing consumption encourages savings" has no inverted
      // speaker: a noun phrase does not open with a lower-case gerund.
      const uint32_t first = k + 1;
      const bool gerund = !Capitalized(first) && Text(first).size() > 4 && EndsWith(Text(first), "ing");
      // "..., said a person familiar with the talks.": a phrase on the
      // speaker's head that runs to the end of the tag belongs to it.
      // Not when a named subject before the verb speaks ("Collins, a Trump
      // supporter, said strategists plan to secure delegates, ...").
      if (a.speaker && !gerund && IsVerbOfSaying(Text(k))) {
        const uint32_t tail = ModifierTail(t, s.end_token);
        const std::optional<Span> subject =
            tail > t ? Speaker(k, cue, s.first_token, s.first_token) : std::nullopt;
        if (tail > t && !(subject && NamesSpeaker(*subject))) {
          a.speaker->end = doc_.tokens[tail - 1].span.end;
          t = tail;
        }
      }
      inverted = a.speaker && !gerund && s.end_token - k <= 16 &&
                 (t >= s.end_token || IsTerminator(t) || Is(t, ",") ||
                  OneOf(Text(t), {"in", "on", "at", "during", "after", "before", "late", "earlier", "last", "this",
                                  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}));
      // A long tail is an apposition or a relative clause on the speaker of
      // a verb of saying ("..., said Rita Katz, the director of SITE
      // Intelligence Group, who", "..., said a handful of Democrats who point
      // to"), unless a named subject before the verb speaks ("Kasich, who
      // had a long career, said their speeches, already ..., would").
      if (a.speaker && !gerund && !inverted && t < s.end_token && (Is(t, ",") || Is(t, "who")) &&
          IsVerbOfSaying(Text(k))) {
        const std::optional<Span> subject = Speaker(k, cue, s.first_token, s.first_token);
        inverted = !subject || !NamesSpeaker(*subject);
      }
      // "The contrast, said Doyle and others, would be clear": a tag set off
      // by commas inside the clause it reports.
      if (a.speaker && !gerund && t < s.end_token && Is(t, ",") && Parenthetical(s, k - 1, t, a)) return true;
      if (!inverted) a.speaker.reset();
    }
    // The subject further back: "X criticized Y and said", "X, 21, a student, said".
    if (!a.speaker && !inverted) a.speaker = Speaker(k, cue, s.first_token, s.first_token);
    if (!a.speaker && k == s.first_token && (cue.flags & kParticiple)) return OpeningParticiple(s, k);
    if (!a.speaker) return false;
    a.speaker = PollFor(*a.speaker, s);

    // "CLAUSE, X said (in a statement)." : the clause before the comma.
    uint32_t speaker_first = k;
    while (speaker_first > s.first_token && doc_.tokens[speaker_first - 1].span.begin >= a.speaker->begin)
      --speaker_first;
    uint32_t comma = inverted ? k - 1 : speaker_first - 1;
    // "..., Algerian foreign ministry spokesman Benali Cherif said": a title
    // run before the name belongs to the speaker, and the comma precedes it.
    if (!inverted && comma > s.first_token && !Is(comma, ",")) {
      uint32_t t = comma;
      // "..., teachers and union officials told POLITICO": and a subject joined to it.
      // "..., Donald Trump's longtime confidant Roger Stone stated": a possessor in it too.
      while (t > s.first_token && t + 6 > comma && (IsWord(t) || Kind(t) == TokenKind::kPossessive) &&
             !inside_quote_[t] && !CueAt(t) &&
             (!EndsNounPhraseAnyCase(Text(t)) || (Is(t, "and") && IsWord(t - 1))) && !IsAuxiliaryOrAdverb(Text(t)) &&
             !IsDeterminer(Text(t)) && !EndsWith(Text(t), "ed"))
        --t;
      if (t < comma && Is(t, ",")) {
        a.speaker = Span{doc_.tokens[t + 1].span.begin, a.speaker->end};
        comma = t;
      }
    }
    // "CLAUSE, as Reuters reported earlier.": the "as" tag closes the clause before it.
    const bool as_tag = !inverted && comma > s.first_token + 1 && Is(comma, "as") && Is(comma - 1, ",");
    if (as_tag) --comma;
    // Only a cue with no object of its own reports the clause before it:
    // "..., X said (in a briefing)", not "In his speech, X never mentioned Y".
    // Not an intention: "Clinton's attorney, David Kendall, declined to
    // comment" reports the comment declined, not the words before the name.
    const bool intention = (cue.flags & kInfinitive) && Is(k + 1, "to");
    // "..., Kelly Schmidt, told POLITICO she was leaning": a clause after
    // the addressee is what was told.
    bool tells_clause = false;  // not past a clause of its own: "told his advisers as he labored"
    for (uint32_t t = k + 2; (cue.flags & kTakesObject) && t < s.end_token && t < k + 6 && !tells_clause; ++t) {
      if (IsSubordinator(Text(t))) break;
      tells_clause = Is(t, "that") || IsSubjectPronoun(Text(t));
    }
    const bool closes = !intention && !tells_clause &&
                        (as_tag || k + 1 >= s.end_token || Is(k + 1, ";") || IsTerminator(k + 1) || Is(k + 1, ",") ||
                         (cue.flags & kTakesObject) || SkipTime(k + 1, s.end_token) > k + 1 ||
                         OneOf(Text(k + 1), {"in", "at", "on", "during", "after", "before", "from", "to", "by", "when",
                                             "while", "via", "through", "outside"}));
    // "The permit, his campaign said, had been hard to get": the tag
    // between commas stands inside the clause it reports.
    if (!inverted && !intention && comma > s.first_token && comma < k && Is(comma, ",") && !IsRelative(*a.speaker) &&
        Parenthetical(s, comma, SkipTime(k + 1, s.end_token), a))
      return true;
    // "..., political analysts say; in 2012, ...": a semicolon ends the
    // clause the tag closes as a full stop would, and so does a second
    // attribution right after the tag ("..., records show, and experts say").
    uint32_t clause_end = s.end_token;
    if (comma > s.first_token && comma < k && Is(comma, ",")) {
      for (uint32_t t = k + 1; t < s.end_token; ++t)
        if (Is(t, ";") && !inside_quote_[t]) { clause_end = t; break; }
      if (Is(k + 1, ",") && NextAttribution(k - 1, clause_end) == k + 1) clause_end = k + 1;
    }
    // "..., Obama told his closest advisers as he labored over it": the tag
    // ends where a clause of its own begins.
    uint32_t tag_end = clause_end;
    const bool saying = IsVerbOfSaying(Text(k)) || Is(k, "told") || Is(k, "tells");
    for (uint32_t t = k + 1; saying && t < clause_end; ++t)
      if (IsSubordinator(Text(t)) && !inside_quote_[t]) {
        tag_end = t;
        break;
      }
    if (comma > s.first_token && comma < k && Is(comma, ",") && (inverted || (tag_end - k <= 8 && closes)) &&
        !IsRelative(*a.speaker)) {
      const bool has_that = ThatWithin(k + 1, clause_end);
      // "On Twitter, X called Y unhinged": a fronted phrase is no clause, and
      // the cue reports what follows it.
      if (!has_that && AddIndirect(s.first_token, comma - 1, a)) {
        if (clause_end < s.end_token) next_attribution_ = clause_end + 1;  // the clause after may report too
        return true;
      }
    }
    if (inverted) return false;
    if ((cue.flags & kPerformative) && ObjectWithComplement(k + 1, s.end_token)) return false;

    // "X said (in a statement) that CLAUSE": the clause after "that", looked
    // for past a short phrase only where one can stand between cue and clause
    // (a time, a place, an addressee), not inside the clause itself.
    uint32_t c = k + 1;
    if (Is(k + 1, "that")) {
      c = k + 2;
    } else if (k + 1 < s.end_token && IsWord(k + 1) &&
               ((cue.flags & kTakesObject) || Capitalized(k + 1) ||
                OneOf(Text(k + 1), {"in", "on", "at", "during", "after", "before", "last", "this", "earlier", "out",
                                    "later", "late", "yesterday", "today", "Monday", "recently", "previously",
                                    "for"}) ||
                // "reiterated to ABC News that", "repeated to reporters that": an addressee, not an infinitive.
                (Is(k + 1, "to") && k + 2 < s.end_token &&
                 (Capitalized(k + 2) || IsDeterminer(Text(k + 2)) ||
                  OneOf(Text(k + 2), {"reporters", "journalists", "him", "her", "them", "me", "us", "lawmakers"}))))) {
      // "said on NBC's “Meet the Press” on Sunday that": a show's title and a
      // date may stand in the phrase.
      bool capitalized_run = true;  // tokens k + 1 .. t - 1 are capitalized words
      for (uint32_t t = k + 2; t < s.end_token && t < k + 13; ++t) {
        if (Is(t, "that")) { c = t + 1; break; }
        // "explained to CBS why Merkel was selected": a question clause.
        if (Is(k + 1, "to") && OneOf(Text(t), {"why", "how", "whether"})) { c = t; break; }
        // "said in a statement Thursday they pulled the listing": a subject
        // pronoun after the phrase opens the clause as "that" would, unless
        // a "that" soon after shows it is a relative clause on the phrase
        // ("said in a statement it issued Monday that"). A bare "in
        // football" before it is the clause's own ("said in football it
        // takes time").
        const bool bare_in = OneOf(Text(k + 1), {"in", "on"}) && !IsDeterminer(Text(k + 2));
        if (!bare_in && (IsSubjectPronoun(Text(t)) || Is(t, "it")) && IsWord(t - 1) &&
            !EndsNounPhrase(Text(t - 1)) && !IsDeterminer(Text(t - 1)) &&
            !ThatWithin(t + 1, std::min(t + 9, s.end_token))) {
          c = t;
          break;
        }
        if (Kind(t) == TokenKind::kNumber || Kind(t) == TokenKind::kQuoteOpen || Kind(t) == TokenKind::kQuoteClose ||
            (Is(t, "'") && (Is(t + 1, "'") || Is(t - 1, "'"))))
          continue;
        // "said Singh told reporters that": a verb of its own opens the
        // clause, as does a past tense right after the name the cue is
        // followed by ("says Clinton ran a campaign in Nevada that").
        if (IsWord(t) && !Capitalized(t) && Capitalized(t - 1) && Capitalized(k + 1) && capitalized_run &&
            ((Text(t).size() > 3 && EndsWith(Text(t), "ed")) || IsIrregularPast(Text(t))))
          break;
        capitalized_run &= IsWord(t) && Capitalized(t);
        if ((!IsWord(t) && Kind(t) != TokenKind::kPossessive) ||
            OneOf(Text(t), {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can"}) ||
            (CueAt(t) && !(CueAt(t)->flags & kNoun) && !IsDeterminer(Text(t - 1))))
          break;
      }
    }
    // "spoke briefly about", "complained loudly about": an adverb may stand
    // before the preposition.
    const uint32_t prep = c == k + 1 && c + 1 < s.end_token && IsWord(c) && !Capitalized(c) &&
                                  Text(c).size() > 4 && EndsWith(Text(c), "ly")
                              ? c + 1
                              : c;
    if (c == k + 1 && prep < s.end_token && !cue.prep.empty() && Is(prep, cue.prep)) {
      c = prep + 1;
    } else if (cue.flags & kPrepOnly) {
      return false;
    } else if (c == k + 1 && (cue.flags & kTakesObject) && Is(c, "on") && InfinitiveFollows(c + 1, s.end_token)) {
      c = k + 2;  // "called on Congress to act": whom, and what they are to do
    } else if (c == k + 1 && c < s.end_token && (cue.flags & kInfinitive) && Is(c, "to")) {
      // "declined to comment": the intention, "to" included.
    } else if (c == k + 1 && SkipTime(c, s.end_token) > c) {
      c = SkipTime(c, s.end_token);  // "said on Friday he met"
      while (c < s.end_token && Is(c, ",")) ++c;
      // "spoke on Friday about the plan" reports what its preposition
      // introduces; "published on Monday by the agency" is a passive.
      if (c < s.end_token && !cue.prep.empty() && Is(c, cue.prep)) ++c;
      else if (c < s.end_token && OneOf(Text(c), {"by", "to", "for", "of", "with", "about", "on", "in", "at"}))
        return false;
    } else if (c == k + 1) {
      // A subject pronoun opens a clause as surely as "that": "polls show they are tied".
      if ((cue.flags & kNeedsThat) && !(c < s.end_token && IsSubjectPronoun(Text(c))) && !SeesAs(s, k, cue) &&
          !ClauseWithoutThat(s, k, *a.speaker) && !ObjectOfThought(s, k, cue, *a.speaker))
        return false;
      // "added to", "reported on": not speech with a clause; but "said about
      // half of the cuts" opens one with an amount.
      const bool amount = Is(c, "about") && c + 1 < s.end_token &&
                          (Kind(c + 1) == TokenKind::kNumber ||
                           OneOf(Text(c + 1), {"half", "a", "one", "two", "three", "four", "five", "ten", "a"}));
      if (c < s.end_token && !amount &&
          (Is(c, "to") || Is(c, "on") || Is(c, "for") || Is(c, "of") || Is(c, "about") || Is(c, "with") ||
           Is(c, "by")))
        return false;
      // Skip the addressee: "told reporters", "told Breitbart News"; but
      // whom one calls something is part of what is said ("called Trump
      // “unhinged”", "call him competent").
      if ((cue.flags & kTakesObject) && !Text(k).starts_with("call")) {
        while (c < s.end_token && c < k + 5 && IsWord(c) &&
               (Capitalized(c) || OneOf(Text(c), {"reporters", "journalists", "me", "us", "him", "her", "them"})))
          ++c;
        if (c == k + 1 && OneOf(Text(k), {"told", "tell", "tells", "telling"})) c = PastAddressee(c, s.end_token);
      }
      while (c < s.end_token && (Is(c, ":") || Is(c, ","))) ++c;
      // "said in politics it takes time": a short phrase that opens the
      // clause, its subject pronoun after it.
      bool fronted = false;
      if (c < s.end_token && OneOf(Text(c), {"in", "on"}) && !(cue.flags & kTakesObject)) {
        uint32_t j = c + 1;
        while (j < s.end_token && j < c + 5 && IsWord(j) && !IsPronoun(Text(j)) && !CueAt(j)) ++j;
        fronted = j > c + 1 && j + 1 < s.end_token && IsPronoun(Text(j));
      }
      if (!fronted && c < s.end_token && OneOf(Text(c), {"for", "on", "off", "up", "in"}))
        return false;  // "called (X) for"
    }
    if (c >= s.end_token) return false;
    cue_used_[k] = 1;
    const uint32_t e = NextAttribution(c, s.end_token);
    if (e < s.end_token) next_attribution_ = e;
    return AddIndirect(c, e - 1, a);
  }

  // A tag "X said" or "said X" between the commas at `open` and `close`,
  // with the reported clause on both sides ("Bob, they said, ordered them to
  // wait"): the clause is reported whole, one span over the tag.
  bool Parenthetical(const Sentence& s, uint32_t open, uint32_t close, const Attribution& a) {
    if (close >= s.end_token || !Is(close, ",") || close + 3 >= s.end_token || open <= s.first_token) return false;
    if (inside_quote_[open - 1] || inside_quote_[close + 1] || !IsWord(close + 1) || Is(close + 1, "that") ||
        !IsWord(open - 1))
      return false;
    // Not a fronted phrase before a tag that reports on: "On Monday, she
    // said, ..." has no clause before the tag; the clause has a verb after.
    uint32_t words = 0;
    for (uint32_t t = s.first_token; t < open; ++t) words += IsWord(t);
    uint32_t after = 0;
    bool name_only = true;  // "..., said a former spokesman, Oleg Voloshyn.": an apposition
    for (uint32_t t = close + 1; t < s.end_token; ++t) {
      after += IsWord(t);
      name_only &= !IsWord(t) || Capitalized(t);
    }
    if (words == 0 || after < 2 || name_only) return false;
    const bool fronted = Adverbial(s.first_token, open - 1);
    cue_used_[a.cue_token] = 1;
    const uint32_t e = NextAttribution(close + 1, s.end_token);
    if (e < s.end_token) next_attribution_ = e;
    return AddIndirect(fronted ? close + 1 : s.first_token, e - 1, a);
  }

  // The verbs that put a speaker after them with a long description:
  // "..., said Rita Katz, the director of ...".
  static bool IsVerbOfSaying(std::string_view w) {
    return OneOf(w, {"said", "says", "say", "added", "adds", "wrote", "writes", "noted", "notes", "explained",
                     "argued", "continued", "recalled", "insisted", "warned", "replied", "acknowledged", "observed",
                     "stressed", "tweeted", "cautioned", "countered", "predicted", "suggested"});
  }

  // "Graham has come out in support of Cruz", "he spoke in favor of the
  // deal": a stance taken on the noun phrase after the preposition, held by
  // the subject of the clause. The nouns are cues, so that FindReported
  // asks about "in" only before one.
  bool InStanceOf(const Sentence& s, uint32_t k) {
    if (k + 3 >= s.end_token || k == s.first_token ||
        !OneOf(Text(k + 1), {"support", "favor", "praise", "opposition"}) ||
        !(Is(k + 2, "of") || Is(k + 2, "to") || Is(k + 2, "with")))
      return false;
    uint32_t clause = s.first_token;  // after the last comma before it
    for (uint32_t t = k; t-- > s.first_token + 1;)
      if (Is(t, ",") || inside_quote_[t]) { clause = t + 1; break; }
    Attribution a;
    a.cue = Tokens(k, k + 2);
    a.cue_token = k + 1;
    a.speaker = clause < k ? SentenceSubject(clause, k) : std::nullopt;
    if (!a.speaker) return false;
    uint32_t e = k + 3;  // the noun phrase: up to a comma or a word that ends it
    while (e < s.end_token && (IsWord(e) || Kind(e) == TokenKind::kPossessive || Kind(e) == TokenKind::kNumber) &&
           !(EndsNounPhrase(Text(e)) && !Is(e, "of") && !Is(e, "and")))
      ++e;
    return AddIndirect(k + 3, e - 1, a);
  }

  // "The proposal has drawn harsh criticism from Republicans", "Clinton has
  // the support of older voters": a stance received is one taken on the
  // subject of the verb that receives it, held by whoever the "from" or
  // "of" phrase names.
  bool ReceivedStance(const Sentence& s, uint32_t k) {
    if (!OneOf(Text(k), {"criticism", "support", "backing", "praise", "condemnation", "endorsement", "endorsements"}) ||
        k < s.first_token + 2)
      return false;
    // Back over "the" and adjectives to the verb; not a verb in -ed
    // ("has voiced support") nor a possessor, who holds the stance ("has
    // thrown his support").
    uint32_t v = k;
    while (v > s.first_token + 1 && v + 4 > k && IsWord(v - 1) && !Capitalized(v - 1) && !CueAt(v - 1) &&
           !IsReceiving(Text(v - 1)) && !EndsNounPhrase(Text(v - 1)) && !IsAuxiliary(Text(v - 1)) &&
           !EndsWith(Text(v - 1), "ed") && !OneOf(Text(v - 1), {"his", "her", "their", "its", "our", "my"}))
      --v;
    if (v == s.first_token || !IsReceiving(Text(v - 1))) return false;
    const uint32_t verb = Is(v - 1, "under") ? v - 2 : v - 1;  // "came under heavy criticism"
    uint32_t clause = s.first_token;
    for (uint32_t t = verb; t-- > s.first_token + 1;)
      if (Is(t, ",") || Is(t, ";") || inside_quote_[t]) { clause = t + 1; break; }
    std::optional<Span> subject = clause < verb ? SentenceSubject(clause, verb) : std::nullopt;
    if (!subject) return false;
    Attribution a;
    a.cue = Tokens(verb, k);
    a.cue_token = k;
    if (k + 2 < s.end_token && OneOf(Text(k + 1), {"from", "of", "among"}))
      a.speaker = SpeakerAfter(k + 1, s.end_token);
    cue_used_[k] = 1;
    const uint32_t first = doc_.TokenAt(subject->begin);
    uint32_t last = first;
    while (last + 1 < verb && doc_.tokens[last + 1].span.end <= subject->end) ++last;
    return AddIndirect(first, last, a);
  }
  static bool IsReceiving(std::string_view w) {
    return OneOf(w, {"drew", "draws", "drawn", "drawing", "faced", "faces", "facing", "face", "received", "receives",
                     "receiving", "attracted", "attracts", "under", "won", "wins", "enjoys", "enjoyed", "earned",
                     "garnered", "has", "had", "have", "got", "gets"});
  }

  // "Conceding that a deal would come, he warned ...": a participle that
  // opens the sentence reports up to its comma, for the subject after it.
  bool OpeningParticiple(const Sentence& s, uint32_t k) {
    uint32_t comma = k + 2;
    while (comma < s.end_token && (!Is(comma, ",") || inside_quote_[comma])) ++comma;
    if (comma + 2 >= s.end_token) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    a.speaker = SentenceSubject(comma + 1, s.end_token);
    if (!a.speaker) return false;
    cue_used_[k] = 1;
    next_attribution_ = comma + 1;  // the main clause may report on its own
    return AddIndirect(Is(k + 1, "that") ? k + 2 : k + 1, comma - 1, a);
  }

  // "Sanders protested that ...", "she figures that ...": any finite verb
  // with a "that" clause reports it when its subject names a speaker (a
  // pronoun, a person, an organisation); the cue table lists the verbs that
  // report without "that" or without a named subject.
  bool VerbWithThat(const Sentence& s, uint32_t k) {
    if (Capitalized(k) || k == s.first_token || k + 4 >= s.end_token || !Is(k + 1, "that")) return false;
    std::string_view w = Text(k);
    if (w.size() < 4 || !(EndsWith(w, "ed") || EndsWith(w, "s")) || EndsWith(w, "ss") || EndsWith(w, "ness"))
      return false;
    if (OneOf(w, {"was", "has", "does", "is", "means", "needed", "used", "seemed", "ensured", "assumed", "so"}))
      return false;
    std::optional<Span> speaker = SpeakerBefore(k, s.first_token);
    if (!speaker || !NamesSpeaker(*speaker) || Kind(k - 1) == TokenKind::kPossessive) return false;
    // A plural noun ends in -s too ("Clinton allies that"): only a pronoun
    // subject makes an -s word a verb.
    if (!EndsWith(w, "ed") && !OneOf(doc_.Slice(*speaker), {"he", "she", "it", "He", "She", "It"})) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    a.speaker = speaker;
    const uint32_t e = NextAttribution(k + 2, s.end_token);
    if (e < s.end_token) next_attribution_ = e;
    return AddIndirect(k + 2, e - 1, a);
  }

  // "The remark was echoed by O'Malley": a passive cue with an agent reports
  // its subject, said or judged by the agent.
  bool Passive(const Sentence& s, uint32_t k, uint32_t be) {
    if (!EndsWith(Text(k), "ed") && !OneOf(Text(k), {"known", "seen", "thought", "said"})) return false;
    uint32_t first = s.first_token;  // the subject starts after a fronted phrase
    for (uint32_t t = be; t-- > s.first_token + 1;)
      if (Is(t, ",") || Is(t, ";")) { first = t + 1; break; }
    if (first >= be) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    bool by = false;
    for (uint32_t t = k + 1; t < s.end_token && t < k + 4; ++t) {
      if (Is(t, "by")) {
        // "had been identified by midday": a time is no agent.
        if (SkipTime(t + 1, s.end_token) == t + 1 && !IsTimeWord(Text(t + 1))) a.speaker = SpeakerAfter(t, s.end_token);
        by = true;
        break;
      }
      if (!IsWord(t) || !IsAuxiliaryOrAdverb(Text(t))) break;
    }
    if (!a.speaker && !by) return AgentlessPassive(s, k, be, first);
    if (!a.speaker) return false;
    cue_used_[k] = 1;
    if (!AddIndirect(first, be - 1, a)) return false;
    next_attribution_ = k + 1;  // "was backed by Ortiz, who said ...": the agent may speak on
    return true;
  }

  // "His rhetoric has been widely condemned as fearmongering", "Obama is
  // remembered as a progressive": a passive verb of judgment or report with
  // no agent reports its whole clause, subject included, said by no one
  // named. Not a plain "was announced" or "was released", which report an
  // event more often than a view: the verb judges (with "as", a complement)
  // or is one whose passive names a view ("is known for", "was seen").
  bool AgentlessPassive(const Sentence& s, uint32_t k, uint32_t be, uint32_t first) {
    // "Sanders, whose campaign harkened back, was projected the winner": the
    // subject is before the clause set off by commas.
    if (first == be && be > s.first_token && Is(be - 1, ",")) first = s.first_token;
    if (first >= be || k + 2 >= s.end_token || !IsWord(k + 1)) return false;
    while (first < be && !IsWord(first)) ++first;
    if (first >= be) return false;
    std::string_view w = Text(k);
    const bool view = OneOf(w, {"known", "seen", "considered", "viewed", "regarded", "perceived", "remembered",
                                "deemed", "thought", "believed", "described", "portrayed", "criticized", "praised",
                                "condemned", "dismissed", "accused", "charged", "projected", "rumored"});
    if (!view && !(Is(k + 1, "to") && SaidToBe(k))) return false;
    // Not "is known" alone, nor a place ("was seen in Ohio"): what the
    // judgment says follows ("as", "for", "to", a complement).
    if (OneOf(Text(k + 1), {"in", "at", "on", "by", "with", "from", "during", "after", "before", "and", "or", "but"}) ||
        (EndsWith(Text(k + 1), "ing") && !Capitalized(k + 1)))  // "was seen walking": what one saw done
      return false;
    // "it remains to be seen whether", "what is known as the Purcell
    // doctrine": an open question and a name, no one's view.
    if (Is(be, "be") && be > s.first_token && Is(be - 1, "to")) return false;
    if (Is(k + 1, "as") && be > s.first_token && OneOf(Text(be - 1), {"what", "What"})) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    cue_used_[k] = 1;
    const uint32_t e = NextAttribution(k + 1, s.end_token);
    if (e < s.end_token) next_attribution_ = e;
    return AddIndirect(first, e - 1, a);
  }

  // The verbs whose passive before an infinitive reports hearsay: "is said
  // to", "are believed to", "was reported to".
  bool SaidToBe(uint32_t k) const {
    return OneOf(Text(k), {"said", "reported", "believed", "thought", "known", "rumored", "alleged", "understood",
                           "expected"});
  }

  // "reporters know how many read them", "a June poll found Trump leading":
  // a cue that needs "that" reports a question clause, and a survey or study
  // reports its findings with or without "that".
  bool ClauseWithoutThat(const Sentence& s, uint32_t k, Span speaker) const {
    if (k + 2 >= s.end_token) return false;
    if (OneOf(Text(k + 1), {"how", "what", "why", "whether", "who", "where", "when", "which"})) return true;
    if (SubjectAndVerb(k + 1, s.end_token, CueAt(k) && (CueAt(k)->flags & kInfinitive))) return true;
    // "A survey on Tuesday of leading data operatives found ...": the source
    // noun may stand before the phrase's last word; a share of those polled
    // reports as the poll does ("9 percent found it a deterrent").
    for (uint32_t t = doc_.TokenAt(speaker.begin); t < n_ && doc_.tokens[t].span.end <= speaker.end; ++t)
      if (Kind(t) == TokenKind::kNumber ||
          OneOf(Text(t), {"poll", "polls", "Poll", "survey", "surveys", "Survey", "study", "studies", "report",
                          "analysis", "article", "data", "review", "audit", "investigation", "research", "paper",
                          "records"}))
        return true;
    return false;
  }

  // "Strategists hope the efforts will help", "Officials expect it to raise
  // rates": a noun phrase from `t` and then a finite auxiliary (or, after a
  // verb of intention, "to") is the subject of a clause with "that" left out;
  // a bare object ("knew Meles well") has no verb of its own.
  bool SubjectAndVerb(uint32_t t, uint32_t end, bool infinitive) const {
    if (t >= end || !IsWord(t) || IsAuxiliaryOrAdverb(Text(t)) ||
        (EndsNounPhraseAnyCase(Text(t)) && !IsSubjectPronoun(Text(t))))
      return false;
    for (uint32_t j = t + 1; j < end && j < t + 9; ++j) {
      if (Kind(j) == TokenKind::kPossessive || Kind(j) == TokenKind::kNumber) continue;
      if (!IsWord(j)) return false;
      std::string_view w = Text(j);
      if (OneOf(w, {"will", "would", "can", "could", "should", "might", "may", "must", "is", "was", "are", "were",
                    "has", "have", "had", "does", "did", "do", "won't", "won’t", "wouldn't", "wouldn’t", "isn't",
                    "isn’t", "wasn't", "wasn’t", "doesn't", "doesn’t", "didn't", "didn’t", "can't", "can’t"}))
        return true;
      if (infinitive && w == "to") return true;
      // "knew his drinking presented a danger": a past tense after the noun.
      if (!Capitalized(j) && w.size() > 4 && EndsWith(w, "ed") && !IsDeterminer(Text(j - 1)) && !CueAt(j) &&
          !Is(j + 1, "by"))
        return true;
      if (!OneOf(w, {"of", "in", "for", "from", "at", "on"}) && EndsNounPhrase(w)) return false;
      if (CueAt(j) && !(CueAt(j)->flags & kNoun)) return false;
    }
    return false;
  }

  // "She felt the pressure": the plain object of a verb of thought held by a
  // named subject, unless the object names a claim of its own ("repeated
  // her claim that ...", which the noun reports).
  bool ObjectOfThought(const Sentence& s, uint32_t k, const Cue& cue, Span speaker) const {
    if (!(cue.flags & kObjectWhenNamed) || !NamesSpeaker(speaker)) return false;
    for (uint32_t t = k + 1; t < s.end_token && t < k + 5; ++t)
      if (CueAt(t) && ((CueAt(t)->flags & kNoun) || IsDeterminer(Text(t - 1)) || Possessor(t, k + 1)))
        return false;
    return true;
  }

  // "the area a disaster zone", "him the winner", "Ohio a battleground": an
  // object noun phrase from `t` and right after it a second one, its
  // complement.
  bool ObjectWithComplement(uint32_t t, uint32_t end) const {
    if (t >= end || !IsWord(t)) return false;
    uint32_t j = t + 1;
    if (IsDeterminer(Text(t))) {
      while (j < end && j < t + 5 && IsWord(j) && !IsDeterminer(Text(j)) && !EndsNounPhrase(Text(j)) && !CueAt(j))
        ++j;
    } else if (Capitalized(t)) {
      while (j < end && j < t + 5 && IsWord(j) && Capitalized(j)) ++j;
    } else if (!OneOf(Text(t), {"him", "her", "them", "it", "itself", "himself", "herself", "themselves"})) {
      return false;
    }
    return j > t + (IsDeterminer(Text(t)) ? 1 : 0) && j + 1 < end && OneOf(Text(j), {"a", "an", "the"});
  }

  // Whether "to" follows the object that starts at `t` within a few words.
  bool InfinitiveFollows(uint32_t t, uint32_t end) const {
    for (uint32_t j = t + 1; j < end && j < t + 7; ++j) {
      if (Is(j, "to")) return true;
      if (!IsWord(j) && Kind(j) != TokenKind::kPossessive) return false;
    }
    return false;
  }

  // "Party leaders see him as an asset": a perception verb whose object is
  // followed by "as" in the same clause.
  bool SeesAs(const Sentence& s, uint32_t k, const Cue& cue) const {
    if (!(cue.flags & kSeesAs)) return false;
    for (uint32_t t = k + 2; t < s.end_token && t < k + 10; ++t) {
      if (Is(t, "as")) return true;
      if (!IsWord(t) && Kind(t) != TokenKind::kPossessive && Kind(t) != TokenKind::kNumber) return false;
    }
    return false;
  }

  // "The senator is confident that ...", "Trump made it clear that ...": the
  // clause after an adjective of stance, held by the subject of the verb
  // ("be", "make", "remain") the adjective completes.
  // "critical of the deal", "eager to leave": its preposition's object or
  // its infinitive, as a verb's.
  bool Stance(const Sentence& s, uint32_t k, const Cue& cue) {
    const bool that = Is(k + 1, "that") && k + 4 < s.end_token;  // a clause, not "clear that morning"
    const bool object = !cue.prep.empty() && Is(k + 1, cue.prep) && k + 2 < s.end_token;
    const bool intention = (cue.flags & kInfinitive) && Is(k + 1, "to") && k + 2 < s.end_token;
    if (!that && !object && !intention) return false;
    uint32_t verb = k;
    while (verb > s.first_token && IsWord(verb - 1) && (IsAuxiliaryOrAdverb(Text(verb - 1)) || Is(verb - 1, "very")))
      --verb;
    if (verb > s.first_token + 1 && Is(verb - 1, "it")) --verb;  // "made it clear"
    if (verb == s.first_token ||
        !OneOf(Text(verb - 1), {"is", "was", "are", "were", "be", "been", "being", "am", "’m", "'m", "made", "make",
                                "makes", "making", "remain", "remains", "remained", "seemed", "appeared", "felt"}))
      return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    a.speaker = Speaker(verb - 1, kPlainVerb, s.first_token, s.first_token);
    if (!a.speaker) return false;
    cue_used_[k] = 1;
    const uint32_t c = intention ? k + 1 : k + 2;  // "to" stays with the intention, as "declined to comment"
    const uint32_t e = NextAttribution(c, s.end_token);
    if (e < s.end_token) next_attribution_ = e;
    return AddIndirect(c, e - 1, a);
  }

  // "The speaker appeared to relish the fight": what seems so is the subject
  // with the infinitive after the cue; "It appears that X": X.
  bool Impression(const Sentence& s, uint32_t k) {
    if (k + 1 >= s.end_token) return false;
    Attribution a;
    a.cue = doc_.tokens[k].span;
    a.cue_token = k;
    cue_used_[k] = 1;
    if (Is(k + 1, "that")) return AddIndirect(k + 2, s.end_token - 1, a);
    // "It seems the public's view is awful", "it seems like no icon will be
    // spared": an impersonal impression with "that" left out.
    const uint32_t it = PastAdverbs(k, s.first_token);
    if (it > s.first_token && OneOf(Text(it - 1), {"it", "It"})) {
      const uint32_t c = Is(k + 1, "like") ? k + 2 : k + 1;
      if (SubjectAndVerb(c, s.end_token, false)) return AddIndirect(c, s.end_token - 1, a);
    }
    // "seemed certain to leave", "appeared closer to offering": a
    // complement as well as an infinitive; "appeared on television" is where
    // one was seen.
    if (!IsWord(k + 1) || (EndsNounPhrase(Text(k + 1)) && !Is(k + 1, "to")) || k == s.first_token ||
        IsPronoun(Text(k - 1)))
      return false;
    uint32_t first = s.first_token;  // the subject starts after a fronted phrase
    for (uint32_t t = k; t-- > s.first_token + 1;)
      if (Is(t, ",")) { first = t + 1; break; }
    if (first >= k) return false;
    // Whose stance or conduct it is: the subject ("Clinton seemed to be
    // ready"); of an expectation, only a subject who can hold one ("The
    // Times is expected to endorse", not "The vote is expected to").
    const bool passive = OneOf(Text(k - 1), {"is", "was", "are", "were", "be", "been"});
    a.speaker = SpeakerBefore(passive ? k - 1 : k, first);
    if (passive && a.speaker && !NamesSpeaker(*a.speaker)) a.speaker.reset();
    return AddIndirect(first, s.end_token - 1, a);
  }

  // Where a clause that starts at `c` gives way to a second attribution in
  // the same sentence ("..., and other leaders said B", "...; Y said B"): the
  // comma, semicolon or conjunction before it, or `end`.
  uint32_t NextAttribution(uint32_t c, uint32_t end) const {
    for (uint32_t b = c + 2; b < end; ++b) {
      if (inside_quote_[b] || !(Is(b, ",") || Is(b, ";") || Is(b, "and") || Is(b, "but") || Is(b, "while")))
        continue;
      // "X, whose campaign has faced questions about the server she used,
      // said that B": the main clause resumes with its own verb of saying.
      if (Is(b, ",") && b + 1 < end && !Capitalized(b + 1) && IsVerbOfSaying(Text(b + 1)) && !Is(b + 1, "say"))
        return b;
      uint32_t subject = b + 1;
      if (subject < end && !Is(b, "and") && !Is(b, "but") && (Is(subject, "and") || Is(subject, "but"))) ++subject;
      // "voted for the budget but warned that B": after "but", a second verb
      // of the same subject reports B on its own ("and" more often joins one
      // report).
      if (Is(b, "but") && subject < end && IsWord(subject) && !Capitalized(subject) &&
          EndsWith(Text(subject), "ed")) {
        const Cue* verb = CueAt(subject);
        if (verb && !(verb->flags & (kNoun | kAdjective)) &&
            (!(verb->flags & kNeedsThat) || Is(subject + 1, "that")))
          return b;
      }
      for (uint32_t j = subject + 1;
           j < end && j < subject + 8 && (IsWord(j) || Kind(j) == TokenKind::kNumber || Kind(j) == TokenKind::kPossessive);
           ++j) {
        const Cue* cue = CueAt(j);
        // A cue that needs "that" ends the clause only with it or its
        // preposition: "..., and he railed against B", not "..., and he knew".
        // "..., while 9 percent found it a deterrent": a share's finding
        // reports without "that".
        bool share = false;
        for (uint32_t t = subject; cue && t < j && !share; ++t) share = Kind(t) == TokenKind::kNumber;
        const bool reports = cue && (!(cue->flags & kNeedsThat) || Is(j + 1, "that") ||
                                     (!cue->prep.empty() && Is(j + 1, cue->prep)) || share);
        if (!reports || (cue->flags & kNoun) ||
            OneOf(Text(j - 1), {"is", "was", "are", "were", "be", "been"}))
          continue;
        std::optional<Span> sp = SpeakerBefore(j, subject);
        if (sp && sp->begin == doc_.tokens[subject].span.begin) return b;
        // "..., and more than 4 in 10 said B", "; 26 percent of Democrats
        // say B": a share opens the phrase of who speaks.
        if (sp) {
          for (uint32_t t = subject; t <= doc_.TokenAt(sp->begin); ++t)
            if (Kind(t) == TokenKind::kNumber) return b;
        }
        // "60 percent said A, compared with 30 percent who said B": the
        // relative clause reports B for its own speaker.
        if (sp && Is(b, ",") && IsRelative(*sp)) return b;
        break;
      }
    }
    return end;
  }

  Document& doc_;
  const uint32_t n_;
  std::vector<const Cue*> cue_at_;     // per token: its entry in kCues, or null
  std::vector<uint32_t> according_;    // the tokens "according", in order
  std::vector<uint32_t> evidential_;   // the tokens "reportedly", "allegedly", in order
  std::vector<uint8_t> inside_quote_;  // per token: inside a kept quotation (marks included)
  // The mentions of people, in order, with where they stand, for pronouns.
  // A possessor ("Berg's deputy") is not a subject a pronoun picks up.
  struct Person {
    uint32_t begin;     // byte offset of the mention
    uint32_t token;     // its first token
    uint32_t sentence;  // first token of its sentence
    int entity;
    bool possessor;
  };
  std::vector<Person> people_;
  std::vector<uint8_t> cue_used_;      // per token: a cue already attributing a quotation
  size_t quoted_count_ = 0;            // doc_.quotes from FindQuoted, in text order
  std::vector<uint8_t> absorbed_;      // per quote of those: reported again, whole, by its clause
  uint32_t next_attribution_ = 0;      // set by Reported: where the sentence reports someone else
  uint32_t turn_end_ = 0;              // set by SpeakerColon: the token after a transcript turn
  uint32_t first_paragraph_end_ = 0;   // the token after the headline or first paragraph
};

}  // namespace

void ExtractQuotes(Document& doc) {
  doc.quotes.clear();
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  QuoteFinder(doc).Run();
}

}  // namespace newsgraph
