// Incremental story clustering: each new article joins the most similar
// recent story or opens a new one.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.h"

namespace newsgraph {

// Guarantees: cost per Add is bounded by the article's length and a fixed
// number of candidate stories per term (recent postings only), so it does not
// grow with the archive. An article joins a story only when it shares several
// distinctive (TF-IDF weighted) terms with it and falls within the date window;
// a common country or person alone never suffices.
class StoryClusterer {
 public:
  struct Options {
    double min_similarity = 0.18;  // cosine between article and story profile
    int min_shared_terms = 3;      // distinctive terms in common
    int date_window_days = 7;
    int terms_per_article = 25;
    int terms_per_story = 60;
    int postings_scanned = 64;     // most recent stories per term considered
  };
  StoryClusterer() : StoryClusterer(Options{}) {}
  explicit StoryClusterer(Options options) : options_(options) {}

  // Returns the index of the story the article joined or opened (0-based, in
  // opening order).
  int Add(const Document& document);
  int story_count() const { return static_cast<int>(stories_.size()); }

 private:
  struct StoryProfile {
    std::unordered_map<std::string, double> weights;
    double norm_squared = 0;  // of weights, kept current so scoring is O(article terms)
    int last_day = 0;
    bool has_date = false;
  };
  Options options_;
  int documents_seen_ = 0;
  std::unordered_map<std::string, int> document_frequency_;
  std::unordered_map<std::string, std::vector<int>> postings_;  // term -> stories
  std::vector<StoryProfile> stories_;
};

}  // namespace newsgraph
