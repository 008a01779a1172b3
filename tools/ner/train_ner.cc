// newsgraph-train-ner TRAIN_IOB2 OUT_MODEL [epochs] [seed] [hash_bits] [clusters.tsv]
// Trains the averaged-perceptron NER tagger on a CoNLL-2003 IOB2 file.
#include <fmt/core.h>

#include <chrono>
#include <string>

#include "extract/ner_tagger.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: newsgraph-train-ner TRAIN_IOB2 OUT_MODEL [epochs] [seed] [hash_bits] [clusters.tsv]\n");
    return 2;
  }
  newsgraph::ner::TrainOptions options;
  if (argc > 3) options.epochs = std::stoi(argv[3]);
  if (argc > 4) options.seed = static_cast<uint32_t>(std::stoul(argv[4]));
  if (argc > 5) options.hash_bits = std::stoi(argv[5]);
  newsgraph::ner::WordClusters clusters;
  if (argc > 6) {
    auto read = newsgraph::ner::WordClusters::ReadText(argv[6]);
    if (!read.ok()) {
      fmt::print(stderr, "{}\n", read.status().message());
      return 1;
    }
    clusters = std::move(read).value();
  }
  auto sentences = newsgraph::ner::ReadConllIob2(argv[1]);
  if (!sentences.ok()) {
    fmt::print(stderr, "{}\n", sentences.status().message());
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  auto tagger = newsgraph::ner::Tagger::Train(sentences.value(), options, std::move(clusters));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (auto status = tagger.Save(argv[2]); !status.ok()) {
    fmt::print(stderr, "{}\n", status.message());
    return 1;
  }
  fmt::print("trained on {} sentences, {} epochs, in {:.1f} s -> {}\n", sentences.value().size(), options.epochs, seconds, argv[2]);
}
