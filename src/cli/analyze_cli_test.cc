// End-to-end behaviour of `newsgraph analyze` as a user meets it: the real
// binary, real files, exit codes and one-line error messages.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include "core/testing/scratch_dir.h"
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

// `command` through the shell, stdout and stderr together.
CommandRun RunCommand(const std::string& shell_command) {
  const std::string command = shell_command + " 2>&1";
  CommandRun run;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

CommandRun RunNewsgraph(const std::string& args) { return RunCommand(std::string(NEWSGRAPH_BINARY) + " " + args); }

class AnalyzeCliTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  nlohmann::json Report(const std::string& args) {
    const std::string out = (dir_ / "report.json").string();
    last_ = RunNewsgraph("analyze " + args + " -o " + out);
    std::ifstream in(out);
    return nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  }

  newsgraph::test::ScratchDir scratch_{"newsgraph-cli"};
  const fs::path dir_ = scratch_.path();
  CommandRun last_;
};

constexpr const char* kArticle =
    " date 2024-10-29\n"
    "Wildfire forces evacuations near Valencia\n\n"
    "About 10,000 people were evacuated on Monday, officials said.\n";

TEST_F(AnalyzeCliTest, ReadsADateLineAsMetadataNotText) {
  const auto report = Report(Write("fire.txt", kArticle));
  ASSERT_EQ(last_.exit_code, 0) << last_.out;
  ASSERT_EQ(report["documents"].size(), 1u);
  const auto& doc = report["documents"][0];
  EXPECT_EQ(doc["date"], "2024-10-29");
  EXPECT_EQ(doc["date_from"], "metadata");
  EXPECT_EQ(doc["text"].get<std::string>().find("date 2024"), std::string::npos);
}

TEST_F(AnalyzeCliTest, NamesAMissingFileAndStillReportsTheRest) {
  const std::string good = Write("fire.txt", kArticle);
  const auto report = Report(good + " " + (dir_ / "missing.txt").string());
  EXPECT_EQ(last_.exit_code, 1);
  EXPECT_NE(last_.out.find("missing.txt"), std::string::npos) << last_.out;
  EXPECT_EQ(report["documents"].size(), 1u);
  ASSERT_EQ(report["errors"].size(), 1u);
}

TEST_F(AnalyzeCliTest, RejectsEmptyBinaryAndInvalidUtf8FilesOneByOne) {
  Write("a-good.txt", kArticle);
  Write("b-empty.txt", "");
  Write("c-binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16));
  Write("d-latin1.txt", "Caf\xe9 owners in Valencia said on Monday that business had slowed.\n");
  const auto report = Report(dir_.string());
  EXPECT_EQ(last_.exit_code, 1);
  EXPECT_EQ(report["documents"].size(), 1u);
  EXPECT_EQ(report["errors"].size(), 3u);
  EXPECT_NE(last_.out.find("b-empty.txt"), std::string::npos) << last_.out;
  EXPECT_NE(last_.out.find("c-binary.txt"), std::string::npos) << last_.out;
  EXPECT_NE(last_.out.find("d-latin1.txt"), std::string::npos) << last_.out;
}

TEST_F(AnalyzeCliTest, RejectsA200MegabyteFileAndStillReportsTheRest) {
  Write("a-good.txt", kArticle);
  {
    std::ofstream huge(dir_ / "b-huge.txt", std::ios::binary);
    const std::string paragraph(1 << 20, 'a');  // one 1 MB word, 200 times over
    for (int i = 0; i < 200; ++i) huge << paragraph << "\n\n";
  }
  const auto report = Report(dir_.string());
  EXPECT_EQ(last_.exit_code, 1);
  EXPECT_EQ(report["documents"].size(), 1u);
  ASSERT_EQ(report["errors"].size(), 1u);
  EXPECT_NE(last_.out.find("b-huge.txt"), std::string::npos) << last_.out;
  EXPECT_NE(last_.out.find("MB limit"), std::string::npos) << last_.out;
}

TEST_F(AnalyzeCliTest, NamesAnUnreadableFileAndStillReportsTheRest) {
  Write("a-good.txt", kArticle);
  const std::string locked = Write("b-locked.txt", kArticle);
  fs::permissions(locked, fs::perms::none);
  // Root reads any file, so as root the binary runs as nobody (setpriv, from
  // util-linux); the folder must then be theirs to write the report into.
  std::string as_user;
  if (::geteuid() == 0) {
    fs::permissions(dir_, fs::perms::all);
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    // A checkout under a private folder is out of nobody's reach.
    if (RunCommand(as_user + NEWSGRAPH_BINARY + " analyze " + (dir_ / "a-good.txt").string()).exit_code != 0) {
      GTEST_SKIP() << "nobody cannot run " << NEWSGRAPH_BINARY << " or read its models here";
    }
  }
  const std::string out = (dir_ / "report.json").string();
  last_ = RunCommand(as_user + NEWSGRAPH_BINARY + " analyze " + dir_.string() + " -o " + out);
  std::ifstream in(out);
  const auto report = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  EXPECT_EQ(last_.exit_code, 1) << last_.out;
  ASSERT_TRUE(report.is_object()) << last_.out;
  EXPECT_EQ(report["documents"].size(), 1u);
  EXPECT_NE(last_.out.find("b-locked.txt"), std::string::npos) << last_.out;
  EXPECT_NE(last_.out.find("permission"), std::string::npos) << last_.out;
}

TEST_F(AnalyzeCliTest, NamesTheLineOfATruncatedJsonLine) {
  const std::string path = Write("dump.jsonl",
                                 "{\"id\":\"a\",\"text\":\"Officials said on Monday that 300 flights were cancelled.\"}\n"
                                 "{\"id\":\"b\",\"text\":\"Pilots walked out\n"
                                 "{\"id\":\"c\",\"date\":\"2024-10-30\",\"text\":\"Talks resume on Thursday.\"}\n");
  const auto report = Report(path);
  EXPECT_EQ(last_.exit_code, 1);
  EXPECT_EQ(report["documents"].size(), 2u);
  EXPECT_NE(last_.out.find("dump.jsonl:2"), std::string::npos) << last_.out;
}

TEST_F(AnalyzeCliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunNewsgraph("analyze --no-such-option x").exit_code, 2);
  EXPECT_EQ(RunNewsgraph("analyze " + Write("fire.txt", kArticle) + " --date 2024-13-45").exit_code, 2);
  EXPECT_EQ(RunNewsgraph("frobnicate").exit_code, 2);
}

TEST_F(AnalyzeCliTest, DateOptionFillsArticlesWithoutADate) {
  const auto report = Report(Write("plain.txt", "Officials said 300 flights were cancelled.\n") + " --date 2024-10-30");
  ASSERT_EQ(last_.exit_code, 0) << last_.out;
  EXPECT_EQ(report["documents"][0]["date"], "2024-10-30");
  EXPECT_EQ(report["documents"][0]["date_from"], "option");
}

TEST_F(AnalyzeCliTest, OutputIsTheSameWhateverTheThreadCount) {
  const std::string examples = std::string(NEWSGRAPH_SOURCE_DIR) + "/examples";
  const CommandRun one = RunNewsgraph("analyze " + examples + " --threads 1");
  const CommandRun two = RunNewsgraph("analyze " + examples + " --threads 2");
  EXPECT_EQ(one.exit_code, 0);
  EXPECT_EQ(one.out, two.out);
}

TEST_F(AnalyzeCliTest, StreamWritesTheSameReportSectionsAndBytesForAnyThreadCount) {
  const std::string examples = std::string(NEWSGRAPH_SOURCE_DIR) + "/examples";
  const CommandRun one = RunNewsgraph("analyze " + examples + " --stream --format jsonl --threads 1");
  const CommandRun two = RunNewsgraph("analyze " + examples + " --stream --format jsonl --threads 2");
  ASSERT_EQ(one.exit_code, 0) << one.out;
  EXPECT_EQ(one.out, two.out);
  // The documented order: documents, then entities, stories and errors.
  const CommandRun batch = RunNewsgraph("analyze " + examples + " --format jsonl");
  auto sections = [](const std::string& lines) {
    std::string order, line;
    std::istringstream in(lines);
    while (std::getline(in, line)) {
      const char kind = line.substr(0, 3) == "{\"d" ? 'd' : line.substr(0, 3) == "{\"e" ? 'e' : 's';
      if (order.empty() || order.back() != kind) order.push_back(kind);
    }
    return order;
  };
  EXPECT_EQ(sections(one.out), "des");
  // Documents and entities are linked as the batch links them when the input
  // fits one window.
  EXPECT_EQ(one.out.substr(0, one.out.find("{\"story\"")), batch.out.substr(0, batch.out.find("{\"story\"")));
  const auto streamed = Report(examples + " --stream");
  ASSERT_EQ(last_.exit_code, 0) << last_.out;
  EXPECT_EQ(streamed["documents"].size(), 6u);
  EXPECT_FALSE(streamed["stories"].empty());
  EXPECT_NE(last_.out.find("6 articles"), std::string::npos) << last_.out;
}

// 2,500 short wildfire reports over two weeks: three windows of a stream.
std::string ManyFireReports() {
  std::string dump;
  const char* towns[] = {"Chiva", "Cheste", "Buñol", "Requena", "Utiel"};
  for (int i = 0; i < 2500; ++i) {
    dump += "{\"id\":\"n" + std::to_string(i) + "\",\"source\":\"Outlet " + std::to_string(i % 7) +
            "\",\"date\":\"2024-10-" + std::to_string(10 + i / 200) + "\",\"text\":\"Mayor Elena Ferrer said " +
            std::to_string(100 + i) + " residents of " + towns[i % 5] + " were evacuated on Monday as a wildfire spread.\"}\n";
  }
  return dump;
}

TEST_F(AnalyzeCliTest, StreamOverSeveralWindowsReportsEveryArticleInOneStoryWithIdsInOrder) {
  const auto report = Report(Write("many.jsonl", ManyFireReports()) + " --stream");
  ASSERT_EQ(last_.exit_code, 0) << last_.out;
  ASSERT_EQ(report["documents"].size(), 2500u);
  std::map<std::string, int> in_stories;
  int number = 0;
  for (const auto& story : report["stories"]) {
    EXPECT_EQ(story["id"], "S" + std::to_string(++number));
    for (const auto& d : story["documents"]) ++in_stories[d.get<std::string>()];
  }
  EXPECT_EQ(in_stories.size(), 2500u);
  for (const auto& [id, count] : in_stories) EXPECT_EQ(count, 1) << id;
  // One mayor across every window.
  int ferrers = 0;
  for (const auto& e : report["entities"]) ferrers += e["name"] == "Elena Ferrer";
  EXPECT_EQ(ferrers, 1);
}

// With threads to spare, a window is clustered while the next is annotated.
TEST_F(AnalyzeCliTest, StreamOverSeveralWindowsWritesTheSameBytesForAnyThreadCount) {
  const std::string dump = Write("many.jsonl", ManyFireReports());
  const CommandRun one = RunNewsgraph("analyze " + dump + " --stream --format jsonl --threads 1");
  const CommandRun three = RunNewsgraph("analyze " + dump + " --stream --format jsonl --threads 3");
  ASSERT_EQ(one.exit_code, 0) << one.out;
  EXPECT_GT(one.out.size(), 2500u * 100);
  EXPECT_EQ(one.out, three.out);
}

TEST_F(AnalyzeCliTest, StreamNamesAnUnwritableTmpdir) {
  const CommandRun run = RunNewsgraph("analyze " + Write("fire.txt", kArticle) + " --stream");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  const CommandRun bad = RunCommand("TMPDIR=" + (dir_ / "no-such-folder").string() + " " + NEWSGRAPH_BINARY +
                                    " analyze " + (dir_ / "fire.txt").string() + " --stream");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.out.find("set TMPDIR to a writable folder"), std::string::npos) << bad.out;
}

TEST_F(AnalyzeCliTest, StreamRefusesFormatsThatNeedTheWholeReport) {
  const CommandRun run = RunNewsgraph("analyze " + Write("fire.txt", kArticle) + " --stream --format text");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("--stream writes --format json or jsonl"), std::string::npos) << run.out;
}

TEST_F(AnalyzeCliTest, StreamStillReportsEveryReadableArticleOfABrokenDump) {
  const std::string dump = Write("dump.jsonl",
                                 "{\"id\":\"a\",\"text\":\"Officials said 300 flights were cancelled.\"}\n"
                                 "{\"id\":\"b\",\"text\":\"truncated\n"
                                 "{\"id\":\"c\",\"text\":\"About 10,000 people were evacuated.\"}\n");
  const auto report = Report(dump + " --stream");
  EXPECT_EQ(last_.exit_code, 1);
  ASSERT_EQ(report["documents"].size(), 2u);
  ASSERT_EQ(report["errors"].size(), 1u);
  EXPECT_EQ(report["errors"][0]["line"], 2);
}

}  // namespace
