// Stories: documents grouped by the event they cover, with claims compared
// across outlets, a timeline, shared quotes and passages, and a summary.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/document.h"
#include "core/report.h"
#include "story/clusterer.h"

namespace newsgraph {

// Clusters the whole batch (ClusterBatch) and assembles each story, on up to
// `threads` threads. Stories are numbered by their first document in input
// order.
std::vector<Story> BuildStories(const std::vector<Document>& documents,
                                const std::vector<Entity>& entities, int threads = 1);

// An archive's new articles join the stories it has. `archived` are the
// documents of the saved stories that new ones could still join, each with
// its story's number (S1 is 0); `added` are the new documents, in ingest
// order. Returns every story that gained an article or opened, in id order:
// saved stories keep their ids, new ones are numbered from `next_number`.
// Work follows the articles given, not the archive.
std::vector<Story> UpdateStories(const std::vector<Document>& archived, const std::vector<int>& archived_story,
                                 const std::vector<Document>& added, size_t next_number,
                                 const std::vector<Entity>& entities, int threads = 1);

using StorySink = std::function<void(Story)>;

// Stories of a stream too large to hold: each window of articles joins the
// open stories as a batch would (Add in date order, then Refine over the
// window's articles), and a story is assembled and handed
// on once it can take no more articles, or once memory calls for it. Only
// the articles of open stories are held, so memory is bounded by
// max_open_text_bytes (an annotated article takes about seven times its
// text), not by the stream. Stories are numbered by their first
// document in input order, as in BuildStories, but handed on in the order
// they close.
class StoryStream {
 public:
  struct Options {
    size_t max_open_text_bytes = 24 << 20;
    int threads = 1;  // stories closing together are assembled in parallel
    StoryClusterer::Options clusterer;
  };
  explicit StoryStream(Options options);
  StoryStream() : StoryStream(Options{}) {}
  ~StoryStream();

  // Clusters `window`, the documents that follow those of earlier calls in
  // input order, with their entities linked (`entities` as the linker has
  // them now), and hands each story that closes to `on_story`.
  void Add(std::vector<Document> window, const std::vector<Entity>& entities, const StorySink& on_story);

  // Hands on every story still open.
  void Finish(const std::vector<Entity>& entities, const StorySink& on_story);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace newsgraph
