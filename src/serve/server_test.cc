// The API against a server started in-process on a free loopback port.
#include "serve/server.h"
#include "core/testing/scratch_dir.h"

#include <gtest/gtest.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include <nlohmann/json.hpp>

namespace newsgraph {
namespace {

using nlohmann::json;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pipeline = Pipeline::Create({});
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
    pipeline_ = std::make_unique<Pipeline>(std::move(*pipeline));
    auto store = Store::Open((dir_ / "archive.db").string());
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
    ServeCommandOptions options;
    options.max_body_bytes = 64 * 1024;
    options.timeout_seconds = 2;
    server_ = std::make_unique<ApiServer>(*store_, *pipeline_, options);
    port_ = server_->http().bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_->http().listen_after_bind(); });
    while (!server_->http().is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }
  void TearDown() override {
    if (server_) server_->http().stop();
    if (thread_.joinable()) thread_.join();
  }
  static json Body(const httplib::Result& r) { return json::parse(r->body, nullptr, false); }

  test::ScratchDir scratch_{"newsgraph-server"};  // first: it outlives the store in it
  const std::filesystem::path dir_ = scratch_.path();
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
};

const char* kArticle = R"({"id":"harbor-1","source":"Harbor Times","date":"2024-10-28",
  "title":"Wildfire near Valencia forces evacuations",
  "text":"VALENCIA, Spain — About 10,000 people were evacuated on Monday as a wildfire spread, officials said."})";

TEST_F(ServerTest, HealthReportsArticleCount) {
  auto r = client_->Get("/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(Body(r)["articles"], 0);
}

TEST_F(ServerTest, PostedArticleIsArchivedOnceAndSearchable) {
  auto r = client_->Post("/articles", kArticle, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  EXPECT_EQ(Body(r)["added"], 1);
  r = client_->Post("/articles", kArticle, "application/json");
  EXPECT_EQ(Body(r)["added"], 0);
  r = client_->Get("/search?q=evacuated");
  ASSERT_TRUE(r);
  EXPECT_EQ(Body(r)["results"].size(), 1u);
  r = client_->Get("/documents/harbor-1");
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(Body(r)["source"], "Harbor Times");
  r = client_->Get("/stories");
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(Body(r)["stories"].is_array());
}

TEST_F(ServerTest, AcceptsJsonArrayAndJsonLines) {
  auto r = client_->Post("/articles",
                         R"([{"id":"a","text":"Crews contained the fire on Tuesday."},{"id":"b","text":"Rain helped firefighters."}])",
                         "application/json");
  EXPECT_EQ(Body(r)["added"], 2);
  r = client_->Post("/articles", "{\"id\":\"c\",\"text\":\"Schools reopened.\"}\n{\"id\":\"d\",\"text\":\"Roads reopened.\"}\n",
                    "application/x-ndjson");
  EXPECT_EQ(Body(r)["added"], 2);
}

TEST_F(ServerTest, AcceptsHtmlAndPlainTextAsTheCliDoes) {
  auto r = client_->Post("/articles",
                         "<html><head><title>Valencia fire contained</title></head><body><article>"
                         "<p>Firefighters contained the wildfire near Chiva on Wednesday, officials said.</p>"
                         "</article></body></html>",
                         "text/html");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  EXPECT_EQ(Body(r)["added"], 1);
  r = client_->Post("/articles", "Schools in Chiva reopened on Thursday after the wildfire.", "text/plain");
  EXPECT_EQ(Body(r)["added"], 1);
  // Each request names its articles apart: a second text-only article is new.
  r = client_->Post("/articles", "Roads into Chiva reopened on Friday.", "text/plain");
  EXPECT_EQ(Body(r)["added"], 1);
  EXPECT_EQ(Body(client_->Get("/health"))["articles"], 3);
}

TEST_F(ServerTest, NewArticleJoinsTheStoryItCovers) {
  const std::string day1 =
      R"({"id":"wire-1","source":"Global Wire","date":"2024-10-28","title":"Wildfire near Valencia forces 10,000 to flee",)"
      R"("text":"VALENCIA, Spain — About 10,000 people fled a wildfire in the hills above Chiva near Valencia on Monday, )"
      R"(regional officials said. Firefighters battled the wildfire through the night near Chiva."})";
  const std::string day2 =
      R"({"id":"times-1","source":"Harbor Times","date":"2024-10-29","title":"Valencia wildfire: 12,000 flee Chiva hills",)"
      R"("text":"VALENCIA, Spain — As many as 12,000 people fled the wildfire in the hills above Chiva near Valencia, )"
      R"(the Red Cross said on Tuesday. Firefighters battled the wildfire near Chiva for a second night."})";
  ASSERT_EQ(Body(client_->Post("/articles", day1, "application/json"))["added"], 1);
  ASSERT_EQ(Body(client_->Post("/articles", day2, "application/json"))["added"], 1);
  const json stories = Body(client_->Get("/stories"))["stories"];
  ASSERT_EQ(stories.size(), 1u) << stories.dump();
  EXPECT_EQ(stories[0]["documents"], json({"wire-1", "times-1"}));
  // The earlier article keeps its analysis: its figure is still in the story.
  const json story = Body(client_->Get("/stories/" + stories[0]["id"].get<std::string>()));
  EXPECT_NE(story["claims"].dump().find("10,000"), std::string::npos) << story["claims"].dump();
  // The page shows the story's entities by name.
  bool named_chiva = false;
  for (const auto& [id, name] : story["entity_names"].items()) named_chiva |= name == "Chiva";
  EXPECT_TRUE(named_chiva) << story["entity_names"].dump();
}

TEST_F(ServerTest, MalformedOrWrongTypesGet400WithJsonError) {
  for (const char* body : {"{\"text\": ", "{\"text\": 42}", "[1, 2]", "{\"title\":\"no text\"}", "",
                           "{\"text\":\"ok\",\"date\":\"yesterday\"}"}) {
    auto r = client_->Post("/articles", body, "application/json");
    ASSERT_TRUE(r) << body;
    EXPECT_EQ(r->status, 400) << body;
    EXPECT_TRUE(Body(r).contains("error")) << body;
  }
  auto r = client_->Get("/stories?since=last-week");
  EXPECT_EQ(r->status, 400);
}

TEST_F(ServerTest, HugeBodyGets413) {
  const std::string huge(200 * 1024, 'x');
  auto r = client_->Post("/articles", "{\"text\":\"" + huge + "\"}", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
}

TEST_F(ServerTest, UnknownIdsGet404WithJsonError) {
  for (const char* path : {"/stories/S999", "/entities/E999", "/documents/nope", "/no-such-page.html"}) {
    auto r = client_->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_TRUE(Body(r).contains("error")) << path;
  }
}

TEST_F(ServerTest, SlowClientIsDroppedAndOthersStillServed) {
  // A client that sends half a request and goes quiet.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(uint16_t(port_));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  const char partial[] = "POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"te";
  ASSERT_GT(send(fd, partial, sizeof partial - 1, 0), 0);
  auto r = client_->Get("/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  // The server gives up on it after the read timeout (2 s here).
  timeval wait{15, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  char buf[512];
  const auto start = std::chrono::steady_clock::now();
  while (recv(fd, buf, sizeof buf, 0) > 0) {
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(8)) << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  close(fd);
}

TEST_F(ServerTest, SeesReportsSavedByAnotherProcess) {
  auto other = Store::Open((dir_ / "archive.db").string());  // as a concurrent `newsgraph ingest` would
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE((*other)->SaveReport(1, R"({"stories":[{"id":"S1","headline":"Wildfire near Valencia",
    "sources":["Harbor Times"],"entities":[]}],"entities":[],"documents":[]})").ok());
  auto r = client_->Get("/stories/S1");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(Body(r)["headline"], "Wildfire near Valencia");
}

TEST_F(ServerTest, ServesEmbeddedPage) {
  auto r = client_->Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("app.js"), std::string::npos);
  r = client_->Get("/app.js");
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->get_header_value("Content-Type").find("javascript"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
