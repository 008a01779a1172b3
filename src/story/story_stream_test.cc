// StoryStream: stories of a stream too large to hold. Each story is handed on
// once it can take no more articles, memory stays within its budget, and no
// article is lost or reported twice.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "link/entity_linker.h"
#include "story/example_articles.h"
#include "story/stories.h"

namespace newsgraph {
namespace {

// The stories a stream hands on, fed `window` documents at a time.
std::vector<Story> Stream(std::vector<Document> documents, size_t window, StoryStream::Options options,
                          std::vector<size_t>* closed_after = nullptr) {
  EntityLinker linker;
  StoryStream stream(options);
  std::vector<Story> stories;
  auto keep = [&](Story story) { stories.push_back(std::move(story)); };
  for (size_t first = 0; first < documents.size(); first += window) {
    const size_t end = std::min(documents.size(), first + window);
    std::vector<Document> part(std::make_move_iterator(documents.begin() + first),
                               std::make_move_iterator(documents.begin() + end));
    linker.Link(part);
    stream.Add(std::move(part), linker.entities(), keep);
    if (closed_after) closed_after->push_back(stories.size());
  }
  stream.Finish(linker.entities(), keep);
  return stories;
}

// Every document is in exactly one story, and ids are S1, S2, ... by first
// document in input order.
void ExpectEachDocumentOnce(const std::vector<Story>& stories, const std::vector<std::string>& ids) {
  std::map<std::string, int> seen;
  std::map<int, std::string> first_document;
  for (const Story& s : stories) {
    for (const std::string& d : s.documents) ++seen[d];
    first_document[std::stoi(s.id.substr(1))] = s.documents.front();
  }
  for (const std::string& id : ids) EXPECT_EQ(seen[id], 1) << id;
  EXPECT_EQ(seen.size(), ids.size());
  size_t previous = 0;
  int expected_number = 1;
  for (const auto& [number, document] : first_document) {
    EXPECT_EQ(number, expected_number++);
    const size_t at = std::find(ids.begin(), ids.end(), document) - ids.begin();
    EXPECT_TRUE(number == 1 || at > previous) << "S" << number << " opens with " << document;
    previous = at;
  }
}

std::vector<std::string> Ids(const std::vector<Document>& documents) {
  std::vector<std::string> ids;
  for (const Document& d : documents) ids.push_back(d.id);
  return ids;
}

TEST(StoryStream, GroupsTheExamplesAsTheBatchDoes) {
  std::vector<Document> documents = testing::ExampleArticles();
  const std::vector<std::string> ids = Ids(documents);
  std::vector<Document> batch = documents;
  const std::vector<Story> expected = BuildStories(batch, LinkAcrossDocuments(batch));

  // One window, as `analyze --stream` reads the examples.
  std::vector<Story> streamed = Stream(documents, documents.size(), {});
  std::sort(streamed.begin(), streamed.end(), [](const Story& a, const Story& b) { return a.id < b.id; });
  ASSERT_EQ(streamed.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(streamed[i].id, expected[i].id);
    EXPECT_EQ(streamed[i].documents, expected[i].documents);
    EXPECT_EQ(streamed[i].headline, expected[i].headline);
  }
  ExpectEachDocumentOnce(streamed, ids);
}

TEST(StoryStream, StoriesTwoDateWindowsOlderThanTheStreamAreHandedOnAtOnce) {
  std::vector<Document> documents = testing::ExampleArticles();
  const size_t first_window = documents.size();
  // A follow-up six weeks after the fire and the strike.
  Document follow_up = *std::find_if(documents.begin(), documents.end(), [](const Document& d) {
    return d.text.find("Northwind") != std::string::npos;
  });
  follow_up.id = "strike-follow-up";
  follow_up.date = Date{2024, 12, 15};
  documents.push_back(follow_up);

  std::vector<size_t> closed_after;
  const std::vector<Story> stories = Stream(documents, first_window, {}, &closed_after);
  ASSERT_EQ(closed_after.size(), 2u);
  EXPECT_EQ(closed_after[0], 0u);  // both stories were still open
  EXPECT_EQ(closed_after[1], 2u);  // the December window closed them
  ASSERT_EQ(stories.size(), 3u);
  EXPECT_EQ(stories[0].id, "S1");
  EXPECT_EQ(stories[1].id, "S2");
  EXPECT_EQ(stories[2].documents, (std::vector<std::string>{"strike-follow-up"}));
}

TEST(StoryStream, StaysWithinItsMemoryBudgetAndLosesNoArticle) {
  std::vector<Document> documents = testing::ExampleArticles();
  const std::vector<std::string> ids = Ids(documents);
  StoryStream::Options tight;
  tight.max_open_text_bytes = 1;  // every window closes what it has
  std::vector<size_t> closed_after;
  const std::vector<Story> stories = Stream(documents, 1, tight, &closed_after);
  for (size_t w = 0; w < closed_after.size(); ++w) EXPECT_EQ(closed_after[w], w + 1);
  EXPECT_EQ(stories.size(), documents.size());
  ExpectEachDocumentOnce(stories, ids);
}

}  // namespace
}  // namespace newsgraph
