// `newsgraph ingest` as users run it: a separate process, killed or doubled.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "store/store.h"
#include "core/testing/scratch_dir.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

class IngestCommandTest : public ::testing::Test {
 protected:
  // JSON Lines of `count` wire reports, three outlets a day over a week.
  std::string WriteArticles(const std::string& name, int count) {
    const std::string path = (dir_ / name).string();
    std::ofstream out(path);
    const char* outlets[] = {"Global Wire", "Harbor Times", "The Daily Ledger"};
    for (int i = 0; i < count; ++i) {
      const int day = 21 + i % 7;
      nlohmann::json j = {
          {"id", name + "-" + std::to_string(i)},
          {"source", outlets[i % 3]},
          {"date", "2024-10-" + std::to_string(day)},
          {"title", "Wildfire update " + std::to_string(i)},
          {"text", "VALENCIA, Spain — Regional officials said on Monday that " + std::to_string(1000 + i * 7) +
                       " people had left their homes in Chiva as the wildfire spread, " + name + " reported. \"We are doing everything we "
                       "can,\" said Carlos Mazón, the regional president, in update number " + std::to_string(i) +
                       ". Firefighters from " + outlets[(i + 1) % 3] + " reports said crews worked overnight."}};
      out << j.dump() << "\n";
    }
    return path;
  }

  // Starts `newsgraph ingest --db db_ ARGS...` and returns its pid.
  pid_t Start(std::vector<std::string> args) {
    args.insert(args.begin(), {NEWSGRAPH_BINARY, "ingest", "--db", db_});
    const pid_t pid = fork();
    if (pid == 0) {
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      freopen("/dev/null", "w", stdout);
      execv(argv[0], argv.data());
      std::_Exit(127);
    }
    return pid;
  }
  static int Wait(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  }
  // Articles in the archive, and how many of them the saved report covers.
  std::pair<int, int> Counts() {
    auto store = Store::Open(db_);
    EXPECT_TRUE(store.ok()) << store.status().message();
    if (!store.ok()) return {-1, -1};
    return {*(*store)->CountArticles(), *(*store)->ReportArticleCount()};
  }

  test::ScratchDir scratch_{"newsgraph-ingest"};
  const fs::path dir_ = scratch_.path();
  const std::string db_ = (dir_ / "archive.db").string();
};

TEST_F(IngestCommandTest, SigkillMidIngestKeepsWholeBatchesAndRerunCompletes) {
  // Many more articles than are in when the kill comes: a fast ingest must
  // still be caught mid-way.
  constexpr int kArticles = 2400;
  const std::string input = WriteArticles("week", kArticles);
  const pid_t ingest = Start({"--batch", "20", input});
  for (int waited = 0; waited < 60000 && Counts().first < 40; waited += 5) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(ingest, SIGKILL);
  ASSERT_EQ(Wait(ingest), -SIGKILL) << "the ingest finished before it could be killed";

  const auto [after_kill, covered] = Counts();
  EXPECT_GE(after_kill, 40);
  EXPECT_LT(after_kill, kArticles);
  EXPECT_EQ(after_kill % 20, 0) << "a batch was half written";
  EXPECT_LT(covered, after_kill) << "killed before its report";

  EXPECT_EQ(Wait(Start({"--batch", "20", input})), 0);
  EXPECT_EQ(Counts(), std::make_pair(kArticles, kArticles));
  // Nothing new: a third run changes nothing, report included.
  auto store = Store::Open(db_);
  const int64_t sequence = *(*store)->ReportSequence();
  EXPECT_EQ(Wait(Start({input})), 0);
  EXPECT_EQ(*(*store)->ReportSequence(), sequence);
}

TEST_F(IngestCommandTest, TwoIngestsAtOnceBothSucceed) {
  const std::string first = WriteArticles("first", 150), second = WriteArticles("second", 150);
  const pid_t a = Start({"--batch", "25", first});
  const pid_t b = Start({"--batch", "25", second});
  EXPECT_EQ(Wait(a), 0);
  EXPECT_EQ(Wait(b), 0);
  EXPECT_EQ(Counts(), std::make_pair(300, 300)) << "the last report covers both ingests";
}

TEST_F(IngestCommandTest, SameFileNameInAnotherFolderIsAnotherArticle) {
  fs::create_directories(dir_ / "monday");
  fs::create_directories(dir_ / "tuesday");
  std::ofstream(dir_ / "monday" / "fire.txt") << " date 2024-10-28\nAbout 3,000 people were evacuated near Valencia.\n";
  std::ofstream(dir_ / "tuesday" / "fire.txt") << " date 2024-10-29\nAbout 10,000 people were evacuated near Valencia.\n";
  EXPECT_EQ(Wait(Start({(dir_ / "monday").string()})), 0);
  EXPECT_EQ(Wait(Start({(dir_ / "tuesday").string()})), 0);
  EXPECT_EQ(Counts(), std::make_pair(2, 2));
  auto store = Store::Open(db_);
  ASSERT_TRUE(store.ok());
  EXPECT_TRUE(*(*store)->HasId("fire"));
  EXPECT_TRUE(*(*store)->HasId("fire~2"));
  // The same file again is the same article, under whichever id it got.
  EXPECT_EQ(Wait(Start({(dir_ / "tuesday").string(), (dir_ / "monday").string()})), 0);
  EXPECT_EQ(Counts(), std::make_pair(2, 2));
}

// The saved report, parsed.
nlohmann::json SavedReport(const std::string& db) {
  auto store = Store::Open(db);
  EXPECT_TRUE(store.ok());
  return nlohmann::json::parse(*(*store)->LoadReport());
}

TEST_F(IngestCommandTest, NewArticlesJoinSavedStoriesAndEveryIdStays) {
  const std::string examples = std::string(NEWSGRAPH_SOURCE_DIR) + "/examples";
  // Monday's wire copy and the strike coverage first, the rest of the fire
  // coverage in a later ingest.
  EXPECT_EQ(Wait(Start({examples + "/global-wire-valencia-fire.txt", examples + "/wire-and-business.jsonl"})), 0);
  const nlohmann::json before = SavedReport(db_);
  ASSERT_EQ(before["stories"].size(), 2u);
  ASSERT_EQ(before["stories"][0]["documents"][0], "global-wire-valencia-fire");

  // A story two months older than anything new is kept as saved, not rebuilt.
  {
    auto store = Store::Open(db_);
    nlohmann::json marked = before;
    marked["stories"][1]["headline"] = "kept as saved";
    for (auto& d : marked["stories"][1]["timeline"]) d["date"] = "2024-08-30";
    marked["stories"][1]["first_date"] = marked["stories"][1]["last_date"] = "2024-08-30";
    ASSERT_TRUE((*store)->SaveReport(4, marked.dump()).ok());
  }
  EXPECT_EQ(Wait(Start({examples})), 0);
  const nlohmann::json after = SavedReport(db_);
  EXPECT_EQ(after["article_count"], 6);
  ASSERT_EQ(after["stories"].size(), 2u);
  const auto& fire = after["stories"][0];
  EXPECT_EQ(fire["id"], "S1");
  EXPECT_EQ(fire["documents"].size(), 4u) << fire["documents"];
  EXPECT_EQ(fire["documents"][0], "global-wire-valencia-fire");
  EXPECT_EQ(after["stories"][1]["headline"], "kept as saved");
  // Entities keep their ids and gain the new articles.
  for (size_t k = 0; k < before["entities"].size(); ++k) {
    EXPECT_EQ(after["entities"][k]["id"], before["entities"][k]["id"]);
    EXPECT_EQ(after["entities"][k]["name"], before["entities"][k]["name"]);
  }
  EXPECT_GT(after["entities"].size(), before["entities"].size());
  bool valencia_in_new_article = false;
  for (const auto& e : after["entities"])
    if (e["name"] == "Valencia")
      for (const auto& d : e["documents"]) valencia_in_new_article |= d == "daily-ledger-valencia-fire";
  EXPECT_TRUE(valencia_in_new_article);

  // --rebuild clusters the whole archive afresh, as analyze does.
  EXPECT_EQ(Wait(Start({"--rebuild", examples})), 0);
  const nlohmann::json rebuilt = SavedReport(db_);
  EXPECT_NE(rebuilt["stories"][1]["headline"], "kept as saved");
  EXPECT_EQ(rebuilt["article_count"], 6);
}

}  // namespace
}  // namespace newsgraph
