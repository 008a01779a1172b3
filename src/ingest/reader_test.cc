// Reading real files and folders: formats sniffed, broken inputs reported
// one by one with file and line, every good article still read.
#include "ingest/reader.h"
#include "core/testing/scratch_dir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  void Read(const std::vector<std::string>& inputs, IngestOptions options = {}) {
    docs_.clear();
    errors_.clear();
    ReadInputs(
        inputs, options, [&](Document d) { docs_.push_back(std::move(d)); },
        [&](InputError e) { errors_.push_back(std::move(e)); });
  }

  test::ScratchDir scratch_{"newsgraph-reader"};
  const fs::path dir_ = scratch_.path();
  std::vector<Document> docs_;
  std::vector<InputError> errors_;
};

TEST_F(ReaderTest, WalksFoldersInSortedOrderSkippingHiddenAndNonArticleFiles) {
  Write("b/second.html", "<html><body><p>Second article.</p></body></html>");
  Write("a.txt", "First article.");
  Write(".hidden/secret.txt", "Hidden.");
  Write("photo.jpg", "\xff\xd8\xff\xe0");
  Read({dir_.string()});
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "a");
  EXPECT_EQ(docs_[1].id, "second");
  EXPECT_EQ(docs_[1].text, "Second article.");
  EXPECT_TRUE(errors_.empty());
}

TEST_F(ReaderTest, NamesEachBrokenFileAndWhatToDo) {
  Read({Write("empty.txt", ""), Write("gz.txt", std::string("\x1f\x8b\x08\0", 4)),
        Write("latin1.txt", "Caf\xe9"), (dir_ / "missing.txt").string(), Write("ok.txt", "Fine.")});
  ASSERT_EQ(docs_.size(), 1u);
  ASSERT_EQ(errors_.size(), 4u);
  EXPECT_NE(errors_[0].message.find("empty.txt: empty file"), std::string::npos) << errors_[0].message;
  EXPECT_NE(errors_[1].message.find("gunzip"), std::string::npos) << errors_[1].message;
  EXPECT_NE(errors_[2].message.find("UTF-8"), std::string::npos) << errors_[2].message;
  EXPECT_NE(errors_[3].message.find("no such file"), std::string::npos) << errors_[3].message;
}

TEST_F(ReaderTest, StreamsJsonLinesNamingTheBrokenLine) {
  const std::string path = Write("dump.jsonl",
                                 "{\"id\":\"a\",\"text\":\"One.\"}\n"
                                 "\n"
                                 "{\"id\":\"b\",\"text\":\"Pilots walked out\n"
                                 "{\"text\":\"Caf\xe9\"}\r\n"
                                 "{\"id\":\"a\",\"date\":\"2024-10-30\",\"text\":\"Talks resume.\"}");
  Read({path});
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[1].id, "a-2") << "repeated ids are made unique";
  EXPECT_EQ(docs_[1].date->ToString(), "2024-10-30");
  ASSERT_EQ(errors_.size(), 2u);
  EXPECT_EQ(errors_[0].line, 3);
  EXPECT_NE(errors_[0].message.find("dump.jsonl:3: truncated"), std::string::npos) << errors_[0].message;
  EXPECT_EQ(errors_[1].line, 4);
}

TEST_F(ReaderTest, RejectsArticlesOverTheSizeLimitAndKeepsGoing) {
  IngestOptions options;
  options.max_article_bytes = 1 << 20;
  const std::string big(3 << 20, 'a');
  Read({Write("huge.txt", big), Write("lines.jsonl", "{\"text\":\"" + big + "\"}\n{\"text\":\"Small.\"}\n")},
       options);
  ASSERT_EQ(errors_.size(), 2u);
  EXPECT_NE(errors_[0].message.find("1 MB limit"), std::string::npos) << errors_[0].message;
  EXPECT_EQ(errors_[1].line, 1);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text, "Small.");
}

TEST_F(ReaderTest, FallsBackFromMetadataToDatelineToOptionToText) {
  IngestOptions options;
  options.default_date = Date{2024, 11, 1};
  Read({Write("meta.txt", "Date: 2024-10-29\n\nFires."),
        Write("dateline.txt", "VALENCIA, Spain, Oct. 28, 2024 (Global Wire) \u2014 Fires."),
        Write("option.txt", "Fires burned on Monday (October 27, 2024).")},
       options);
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].date_from, DateSource::kMetadata);
  EXPECT_EQ(docs_[1].date_from, DateSource::kDateline);
  EXPECT_EQ(docs_[1].date->ToString(), "2024-10-28");
  EXPECT_EQ(docs_[1].source, "Global Wire");
  EXPECT_EQ(docs_[2].date_from, DateSource::kOption);
  Read({Write("text.txt", "Fires burned on Monday (October 27, 2024).")});
  EXPECT_EQ(docs_[0].date_from, DateSource::kText);
  EXPECT_EQ(docs_[0].date->ToString(), "2024-10-27");
}

TEST_F(ReaderTest, ConvertsLegacyCharsetPages) {
  Read({Write("page.html", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 owners.</p></body></html>")});
  ASSERT_EQ(docs_.size(), 1u) << (errors_.empty() ? "" : errors_[0].message);
  EXPECT_EQ(docs_[0].text, "Caf\xc3\xa9 owners.");
}

TEST(ReadBuffer, SniffsTheFormatOfARequestBody) {
  std::vector<Document> docs;
  std::vector<InputError> errors;
  ReadBuffer("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n", "request", {}, [&](Document d) { docs.push_back(d); },
             [&](InputError e) { errors.push_back(e); });
  EXPECT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].id, "request-2");
  EXPECT_TRUE(errors.empty());
}

}  // namespace
}  // namespace newsgraph
