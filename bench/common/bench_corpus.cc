#include "bench_corpus.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace newsgraph::bench {
namespace {

constexpr const char* kBbcJsonLines = "data/unlabeled/bbc-news-2005/bbc-news.jsonl";

}  // namespace

std::filesystem::path SharedDir() {
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  if (env != nullptr && *env != '\0') return env;
  return std::filesystem::path(NEWSGRAPH_SOURCE_DIR) / ".." / "shared";
}

std::string LoadBbcJsonLines() {
  std::ifstream in(SharedDir() / kBbcJsonLines, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> LoadBbcTexts() {
  std::vector<std::string> texts;
  std::istringstream lines(LoadBbcJsonLines());
  std::string line;
  while (std::getline(lines, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"].get<std::string>());
  }
  return texts;
}

std::vector<Document> NewsDocuments(std::string_view fallback, std::optional<Date> date) {
  std::vector<std::string> texts = LoadBbcTexts();
  if (texts.empty()) texts.assign(2000, std::string(fallback));
  std::vector<Document> docs(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    docs[i].text = std::move(texts[i]);
    docs[i].date = date;
  }
  return docs;
}

}  // namespace newsgraph::bench
