// Incremental story clustering: each new article joins the most similar
// recent story or opens a new one.
#pragma once

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "story/words.h"

namespace newsgraph {

// Guarantees: cost per Add is bounded by the article's length, a fixed number
// of recent postings per term and a fixed number of stories compared, so it
// does not grow with the archive. An article joins a story only when it shares several
// distinctive (TF-IDF weighted) terms with it and falls within the date window;
// a common country or person alone never suffices.
class StoryClusterer {
 public:
  struct Options {
    double min_similarity = 0.26;  // cosine between article and story profile
    int min_shared_terms = 3;      // distinctive terms in common
    int min_shared_topical_terms = 1;  // of them, words also used in lower case (not only names)
    int date_window_days = 7;
    int terms_per_article = 60;
    int terms_per_story = 100;
    int postings_scanned = 64;     // most recent stories per term considered
    int stories_scored = 256;      // stories in the date window compared, at most
    // Undated articles: a story and an article whose latest stated dates lie
    // further apart than this do not join.
    int stated_date_slack_days = 90;
    bool keep_articles = false;    // for Reassign (batches); memory grows with them
    int reassign_passes = 1;       // by ClusterBatch
    double merge_similarity = 0.4;  // by ClusterBatch, after reassigning; above 1: never
    // Two groups of articles are a look-alike pair of events (another fight
    // of the same boxer, another heist in the same city) when whom they name
    // agrees little (cosine of their capitalized-only terms under
    // look_alike_names, of their linked entities under look_alike_entities)
    // while what happened agrees clearly more (cosine of their other words at
    // least look_alike_margin higher). SplitDissimilarStories splits such
    // groups apart and MergeSimilarStories does not join them.
    double look_alike_names = 0.5;
    double look_alike_entities = 0.5;
    double look_alike_margin = 0.13;
    // By ClusterBatch's last reassign, after the merge: an article still in a
    // story of its own (an early or off-angle report) joins its best story
    // from this cosine up. Lower than min_similarity because a formed story's
    // profile spreads over many words, and safe because nothing merges after.
    double rejoin_similarity = 0.18;
  };
  StoryClusterer() : StoryClusterer(Options{}) {}
  explicit StoryClusterer(Options options) : options_(options) {}

  // A document's terms as Prime counted them. Add takes them back, so that a
  // batch, which primes every document before adding any, counts each once.
  class PrimedTerms {
   private:
    friend class StoryClusterer;
    struct Counted {
      uint32_t term;
      int count;
      bool lower_case_seen;  // words: written in lower case somewhere, so not (only) a name
    };
    std::vector<Counted> words, entities;  // words sorted by term
  };

  // Returns the index of the story the article joined or opened (0-based, in
  // opening order).
  int Add(const Document& document);
  // The same for a document primed earlier, with what Prime returned.
  int Add(const Document& document, const PrimedTerms& terms);
  // Counts the document's terms for IDF without clustering it: a batch primes
  // every document first so that the first articles are weighed as well as
  // the last.
  PrimedTerms Prime(const Document& document);
  // Prime for each document, in order.
  std::vector<PrimedTerms> PrimeAll(const std::vector<Document>& documents);
  // Batches (keep_articles): moves each article, in the order added, to the
  // story it fits best now that every story has formed (an early article
  // opened a story of its own before its event's profile was strong enough);
  // returns the story of each article in the order added.
  std::vector<int> Reassign();
  // The same, but an article alone in its story moves from alone_similarity up.
  std::vector<int> Reassign(double alone_similarity);
  // Batches (keep_articles): merges each story into the most similar other
  // one when their profiles' cosine reaches merge_similarity (one event
  // split in two halves that formed apart); returns as Reassign does.
  std::vector<int> MergeSimilarStories();
  // Batches (keep_articles): splits a story in two when its articles fall into
  // two groups whose profiles' cosine stays under merge_similarity (a
  // look-alike event that joined before its own story existed).
  std::vector<int> SplitDissimilarStories();
  // Batches (keep_articles): reassign_passes of Reassign, then (with
  // merge_similarity <= 1) split, reassign, merge, and a last reassign in
  // which an article still alone joins from rejoin_similarity. Returns as
  // Reassign does.
  std::vector<int> Refine();
  // Streams: the story takes no more articles (it has been reported) and its
  // profile is freed.
  void Close(int story);
  // Archives: puts the article in `story` (opening stories up to it) where a
  // report saved earlier placed it, so that new articles meet the stories
  // as they were.
  void AddTo(const Document& document, const PrimedTerms& terms, int story);
  // Streams (keep_articles): forgets the articles kept so far, so that the
  // next Reassign moves only those added after this call.
  void ForgetArticles() { articles_.clear(); }
  int story_count() const { return static_cast<int>(stories_.size()); }
  // Stories compared with an article so far, summed over Add calls: the work
  // that bounds the cost per article (for benchmarks).
  int64_t stories_scored() const { return stories_scored_; }

 private:
  // Terms are interned: profiles, postings and the holders index work on
  // ids, not on a string hash per term (which made clustering the slowest
  // stage of the pipeline).
  using TermId = uint32_t;
  struct WeightedTerm {
    TermId term;
    float weight;  // float: half the memory traffic of scoring, which dominates clustering
  };
  struct Article {
    std::vector<WeightedTerm> terms;  // unit length, strongest first
    std::vector<WeightedTerm> by_id;  // the same terms sorted by id, for comparing
    std::vector<uint8_t> topical;     // per by_id entry: 1 when also written in lower case
    std::vector<WeightedTerm> entities;  // linked entities (global ids), unit length, sorted by id
    std::optional<int> day, stated_day;
  };
  struct StoryProfile {
    std::vector<WeightedTerm> weights;  // sorted by id; changed only by SetProfile
    std::vector<uint32_t> slots;        // by weights entry: its place in holders_[term], while held
    bool held = true;                   // in holders_, so that BestStory can score it
    double norm_squared = 0;  // of weights, kept current so scoring is O(article terms)
    int articles = 0;
  };
  // What the candidate search reads of each story it meets, packed apart
  // from the profiles: walking the postings is most of a call's memory
  // traffic, and one 16-byte record per story keeps it in the first caches.
  struct StoryDates {
    static constexpr int32_t kNone = INT32_MIN;
    uint32_t visit = 0;  // the BestStory call that last looked at it
    int32_t last_day = kNone;
    int32_t first_stated = kNone, last_stated = kNone;  // DatedDay of its articles
    bool has_date() const { return last_day != kNone; }
    bool has_stated() const { return first_stated != kNone; }
  };
  int NewStory();
  TermId Intern(std::string_view term);
  // Keeps the `count` heaviest terms (ties by name, so runs repeat) at unit
  // length, and fills by_id.
  void KeepStrongest(Article& article, int count) const;
  // The document's words and linked entities, interned, with their counts.
  PrimedTerms Count(const Document& document);
  // TF-IDF weight of one of a new article's terms, counting it for IDF.
  WeightedTerm Weigh(TermId term, int count);
  Article MakeArticle(const Document& document, const PrimedTerms& terms);
  std::pair<int, double> BestStory(const Article& article, int except = -1);  // -1 when none qualifies
  // Replaces a story's profile, keeping holders_ in step with it.
  void SetProfile(int story, std::vector<WeightedTerm> weights);
  void RemoveHolder(TermId term, uint32_t slot);
  void Join(const Article& article, int story);
  void Leave(const Article& article, int story);
  // Stories quiet for two date windows take no article dated `day` or later.
  // Their profiles are freed, so memory follows the live stories, unless the
  // articles are kept: a batch's Reassign starts again from its earliest
  // articles and needs every story whole, so there they only leave holders_.
  void ReleaseQuietStories(int day);
  // Puts the stories released with their profiles kept back in holders_,
  // before a pass that starts again from the earliest articles.
  void HoldReleasedStories();

  Options options_;
  size_t oldest_live_ = 0;  // stories before it are released
  std::vector<int> released_;  // with their profiles kept (keep_articles)
  int adds_since_sweep_ = 0;
  int documents_seen_ = 0;
  int64_t stories_scored_ = 0;
  // Looked up by string_view, without a string per word counted.
  std::unordered_map<std::string, TermId, story::TransparentHash, std::equal_to<>> term_ids_;
  std::vector<const std::string*> term_names_;     // by id, pointing at term_ids_' keys
  std::vector<int> document_frequency_;            // by id
  static constexpr uint32_t kNoSlot = UINT32_MAX;
  std::vector<uint32_t> word_slot_;                // by id: a term's place while Count runs, else kNoSlot
  std::vector<std::vector<int>> postings_;         // by id: stories, by latest activity
  std::vector<StoryProfile> stories_;
  std::vector<std::pair<Article, int>> articles_;  // with keep_articles
  std::vector<StoryDates> dates_;                  // by story, in step with stories_
  uint32_t visit_ = 0;
  // By term: the stories whose profiles hold it, with its weight there.
  struct Holder {
    uint32_t story;
    float weight;
  };
  std::vector<std::vector<Holder>> holders_;
  // BestStory's scratch: what each candidate shares with the article, in
  // tallies_ by candidate number; tally_of_ gives each story's tally, a
  // spare one past the candidates' for stories not scored.
  struct Overlap {
    double dot = 0;
    int shared = 0, shared_topical = 0;
  };
  static constexpr size_t kSpareTallies = 16;
  uint32_t SpareTally(size_t story) const {
    return static_cast<uint32_t>(options_.stories_scored + story % kSpareTallies);
  }
  std::vector<uint32_t> tally_of_;  // by story
  std::vector<Overlap> tallies_;
  std::vector<int> candidates_;  // in the order found
};

// The indices of `documents` in the order a live stream brings them: by date,
// undated first, ties in input order.
std::vector<size_t> InDateOrder(const std::vector<Document>& documents);

// A batch as BuildStories clusters it: IDF primed on every document, articles
// added in date order, reassign_passes of Reassign, then (merge_similarity <= 1)
// split, reassign, merge, reassign (lone articles from rejoin_similarity).
// Returns each document's story (ids need not be dense). Every step is
// bounded per article, as Add is.
std::vector<int> ClusterBatch(const std::vector<Document>& documents, StoryClusterer::Options options = {});

}  // namespace newsgraph
