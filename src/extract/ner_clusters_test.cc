#include "extract/ner_clusters.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/testing/scratch_dir.h"

namespace newsgraph::ner {
namespace {

// Clusters as the cluster tool writes them: word, then coarse to fine ids.
WordClusters NewsClusters() {
  const test::ScratchDir scratch("newsgraph-clusters");
  const std::string path = scratch.Write("clusters.tsv",
                                         "Japan\t3\t17\t301\n"
                                         "China\t3\t17\t302\n"
                                         "get\t9\t40\t812\n"
                                         "Get\t8\t41\t813\n"
                                         "win\t9\t42\t820\n"
                                         "NATO\t5\t22\t450\n");
  auto clusters = WordClusters::ReadText(path);
  EXPECT_TRUE(clusters.ok()) << clusters.status().message();
  return std::move(clusters).value();
}

std::vector<uint16_t> FineIds(const WordClusters& clusters, std::vector<std::string_view> words) {
  std::vector<WordClusters::Ids> ids(words.size());
  clusters.Lookup(words, ids);
  std::vector<uint16_t> fine;
  for (const WordClusters::Ids& id : ids) fine.push_back(id.level[2]);
  return fine;
}

TEST(WordClusters, AHeadlineInCapitalsTakesTheClustersOfItsProseForm) {
  const WordClusters clusters = NewsClusters();
  // "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."
  EXPECT_EQ(FineIds(clusters, {"SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", ",", "CHINA"}),
            (std::vector<uint16_t>{0, 0, 301, 813, 0, 820, 0, 302}));
}

TEST(WordClusters, AWordClusteredInItsOwnFormKeepsItsIds) {
  const WordClusters clusters = NewsClusters();
  EXPECT_EQ(FineIds(clusters, {"NATO", "Get", "get", "Japan", "japan"}), (std::vector<uint16_t>{450, 813, 812, 301, 0}));
}

}  // namespace
}  // namespace newsgraph::ner
