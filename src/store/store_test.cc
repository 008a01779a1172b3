// The same suite runs against every backend: SQLite always, PostgreSQL when
// NEWSGRAPH_PG_URL names a server (scripts/postgres-test.sh starts one).
#include "store/store.h"
#include "core/testing/scratch_dir.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

namespace newsgraph {
namespace {

Document Article(std::string id, std::string source, std::string text, std::string date = "2024-10-28") {
  Document d;
  d.id = std::move(id);
  d.source = std::move(source);
  d.title = "Wildfire forces evacuations near Valencia";
  d.date = ParseIsoDate(date);
  d.text = std::move(text);
  return d;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres") {
      const char* url = std::getenv("NEWSGRAPH_PG_URL");
      if (!url || !*url) GTEST_SKIP() << "NEWSGRAPH_PG_URL is not set; run scripts/postgres-test.sh";
      location_ = url;
      // Each test starts from an empty database, as each SQLite test starts
      // from a new file.
      PGconn* conn = PQconnectdb(url);
      ASSERT_EQ(PQstatus(conn), CONNECTION_OK) << PQerrorMessage(conn);
      PQclear(PQexec(conn, "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
      PQfinish(conn);
    } else {
      location_ = (scratch_ / "archive.db").string();
    }
    auto store = Store::Open(location_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
  }
  test::ScratchDir scratch_{"newsgraph-store"};  // first: it outlives the store in it
  std::string location_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, ReingestingSameIdOrSameTextChangesNothing) {
  const auto a = Article("ledger-1", "Daily Ledger", "Firefighters battled a blaze that destroyed 40 homes.");
  ASSERT_EQ(*store_->AddArticles({a}), 1);
  EXPECT_EQ(*store_->AddArticles({a}), 0);
  auto reprint = a;
  reprint.id = "wire-1";  // same text under another id: a reprint
  EXPECT_EQ(*store_->AddArticles({reprint}), 0);
  EXPECT_EQ(*store_->CountArticles(), 1);
}

TEST_P(StoreTest, LooksArticlesUpByIdAndByTextApart) {
  const auto a = Article("ledger-1", "Daily Ledger", "Firefighters battled a blaze that destroyed 40 homes.");
  ASSERT_EQ(*store_->AddArticles({a}), 1);
  EXPECT_TRUE(*store_->HasId("ledger-1"));
  EXPECT_FALSE(*store_->HasId("ledger-2"));
  EXPECT_TRUE(*store_->HasText(a.text));
  EXPECT_FALSE(*store_->HasText("Firefighters battled a blaze that destroyed 41 homes."));
  auto other = Article("ledger-1", "Daily Ledger", "A different article under the same id.");
  EXPECT_TRUE(*store_->IsArchived(other));
  other.id = "ledger-2";
  EXPECT_FALSE(*store_->IsArchived(other));
}

TEST_P(StoreTest, LoadsArticlesBackWithMetadataInIngestOrder) {
  ASSERT_TRUE(store_->AddArticles({Article("a", "Harbor Times", "Officials said 12 people were injured."),
                                   Article("b", "Global Wire", "At least 15 people were hurt, officials said.",
                                           "2024-10-29")})
                  .ok());
  auto docs = store_->LoadArticles();
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[0].id, "a");
  EXPECT_EQ((*docs)[1].source, "Global Wire");
  EXPECT_EQ((*docs)[1].date->ToString(), "2024-10-29");
}

TEST_P(StoreTest, SearchFindsWordsAndFiltersBySourceAndDate) {
  ASSERT_TRUE(store_->AddArticles({Article("a", "Harbor Times", "The mayor said 40 homes burned in the hills."),
                                   Article("b", "Global Wire", "Crews contained the wildfire on Tuesday.",
                                           "2024-10-30")})
                  .ok());
  SearchQuery query;
  query.text = "homes";
  auto hits = store_->Search(query);
  ASSERT_TRUE(hits.ok()) << hits.status().message();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].document, "a");
  query.text = "contained";
  query.source = "Harbor Times";
  EXPECT_TRUE(store_->Search(query)->empty());
  query.source.clear();
  query.since = ParseIsoDate("2024-10-29");
  EXPECT_EQ(store_->Search(query)->size(), 1u);
  query.until = ParseIsoDate("2024-10-29");
  EXPECT_TRUE(store_->Search(query)->empty());
  // Punctuation and quotes in the query are words, not query syntax.
  query = SearchQuery();
  query.text = "\"homes OR) (*";
  EXPECT_TRUE(store_->Search(query).ok());
}

// An article as the pipeline leaves it: a quote by a named speaker.
Document AnnotatedArticle() {
  Document d = Article("a", "Harbor Times", "\"We lost everything,\" said Maria Lopez, who fled Chiva.");
  d.tokens = {{Span{0, 1}, TokenKind::kQuoteOpen}, {Span{1, 3}, TokenKind::kWord, Token::kCapitalized}};
  d.sentences = {{Span{0, uint32_t(d.text.size())}, 0, 2}};
  d.entities = {{.name = "Maria Lopez", .type = EntityType::kPerson}};
  d.mentions = {{Span{27, 38}, EntityType::kPerson, 0}};
  d.quotes = {{.span = Span{1, 19}, .speaker_entity = 0, .speaker = Span{27, 38}}};
  return d;
}

TEST_P(StoreTest, SearchFindsQuotedWordsAndSpeakers) {
  ASSERT_TRUE(store_->AddArticles({AnnotatedArticle()}).ok());
  SearchQuery query;
  for (const char* words : {"everything", "Lopez"}) {
    query.text = words;
    auto hits = store_->Search(query);
    ASSERT_TRUE(hits.ok()) << hits.status().message();
    EXPECT_EQ(hits->size(), 1u) << words;
  }
}

TEST_P(StoreTest, KeepsEachArticlesAnnotations) {
  ASSERT_TRUE(store_->AddArticles({AnnotatedArticle(), Article("b", "Global Wire", "Crews held the line.")}).ok());
  auto docs = store_->LoadArticles();
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 2u);
  ASSERT_EQ((*docs)[0].quotes.size(), 1u);
  EXPECT_EQ((*docs)[0].entities[0].name, "Maria Lopez");
  EXPECT_EQ((*docs)[0].tokens.size(), 2u);
  EXPECT_TRUE((*docs)[1].tokens.empty()) << "archived unannotated, so the next ingest annotates it";

  auto one = store_->LoadArticle("a");
  ASSERT_TRUE(one.ok() && one->has_value());
  EXPECT_EQ((*one)->mentions.size(), 1u);
  EXPECT_FALSE(store_->LoadArticle("nope")->has_value());
  EXPECT_TRUE(*store_->IsArchived(Article("a", "", "other text")));
  EXPECT_TRUE(*store_->IsArchived(Article("reprint", "", (*docs)[1].text)));
  EXPECT_FALSE(*store_->IsArchived(Article("c", "", "A new article.")));
}

TEST_P(StoreTest, ReportCoveringTheMostArticlesWins) {
  EXPECT_EQ(*store_->LoadReport(), "");
  EXPECT_EQ(*store_->ReportArticleCount(), 0);
  ASSERT_TRUE(store_->SaveReport(1, R"({"stories":[]})").ok());
  ASSERT_TRUE(store_->SaveReport(2, R"({"stories":[1]})").ok());
  const int64_t sequence = *store_->ReportSequence();
  // A slower ingest saving its older snapshot last does not hide the newer one.
  ASSERT_TRUE(store_->SaveReport(1, R"({"stories":[]})").ok());
  EXPECT_EQ(*store_->LoadReport(), R"({"stories":[1]})");
  EXPECT_EQ(*store_->ReportArticleCount(), 2);
  EXPECT_EQ(*store_->ReportSequence(), sequence) << "readers need not reload an unchanged report";
  EXPECT_GE(store_->SchemaVersion(), 3);
}

TEST_P(StoreTest, TwoWritersAtOnceBothSucceed) {
  auto write = [&](int writer, int* added) {
    auto store = Store::Open(location_);
    ASSERT_TRUE(store.ok());
    for (int i = 0; i < 20; ++i) {
      const std::string id = std::to_string(writer) + "-" + std::to_string(i);
      auto n = (*store)->AddArticles({Article(id, "Wire", "Report number " + id + " on the fire.")});
      ASSERT_TRUE(n.ok()) << n.status().message();
      *added += *n;
    }
  };
  int a = 0, b = 0;
  std::thread t1(write, 1, &a), t2(write, 2, &b);
  t1.join();
  t2.join();
  EXPECT_EQ(a + b, 40);
  EXPECT_EQ(*store_->CountArticles(), 40);
}

// Ingests `batches` batches of 50 articles each into `location`; `writer`
// keeps ids and texts of different writers apart.
void IngestBatches(const std::string& location, int batches, const std::string& writer = "w") {
  auto store = Store::Open(location);
  if (!store.ok()) std::_Exit(3);
  const std::string filler(4000, 'w');
  for (int b = 0; b < batches; ++b) {
    std::vector<Document> batch;
    for (int i = 0; i < 50; ++i) {
      const std::string id = writer + std::to_string(b) + "-" + std::to_string(i);
      batch.push_back(Article(id, "Wire", "Update " + id + " on the wildfire. " + filler));
    }
    if (!(*store)->AddArticles(batch).ok()) std::_Exit(4);
  }
}

TEST_P(StoreTest, SigkillMidIngestLeavesWholeBatchesAndRerunCompletes) {
  const std::string location = location_;
  constexpr int kBatches = 400;
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    IngestBatches(location, kBatches);
    std::_Exit(0);
  }
  // Kill it once some batches are in, well before it can finish.
  for (int waited = 0; waited < 5000; waited += 5) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    auto probe = Store::Open(location);
    if (probe.ok() && *(*probe)->CountArticles() >= 100) break;
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed";

  auto store = Store::Open(location);
  ASSERT_TRUE(store.ok()) << store.status().message();
  const int after_kill = *(*store)->CountArticles();
  EXPECT_EQ(after_kill % 50, 0) << "a batch was half written";
  EXPECT_LT(after_kill, kBatches * 50);
  EXPECT_EQ((*store)->LoadArticles()->size(), size_t(after_kill));

  IngestBatches(location, kBatches);  // the re-run skips what is there
  EXPECT_EQ(*(*store)->CountArticles(), kBatches * 50);
}

TEST_P(StoreTest, TwoIngestProcessesAtOnceBothSucceed) {
  const std::string location = location_;
  pid_t children[2];
  for (int c = 0; c < 2; ++c) {
    children[c] = fork();
    ASSERT_GE(children[c], 0);
    if (children[c] == 0) {
      IngestBatches(location, 20, c ? "second" : "first");
      std::_Exit(0);
    }
  }
  for (pid_t child : children) {
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "an ingest process failed";
  }
  auto store = Store::Open(location);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->CountArticles(), 2 * 20 * 50);
}


INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"));

}  // namespace
}  // namespace newsgraph
