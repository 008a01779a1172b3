// Named-entity recognition: PERSON, ORG, PLACE, GROUP and MISC mentions.
#pragma once

#include <memory>
#include <string>

#include "core/document.h"
#include "core/status.h"
#include "extract/ner_tagger.h"

namespace newsgraph {

class EntityRecognizer {
 public:
  // Loads the tagger model (ner.model) from `model_dir`, the project's models/
  // folder; the gazetteer is compiled in. Fails with a message naming the
  // file and what to do.
  static Result<EntityRecognizer> Load(const std::string& model_dir);

  // Fills doc.mentions (entity = -1, in text order) from doc.tokens and
  // doc.sentences: tagged spans without titles, possessives or punctuation,
  // then names the tagger missed on later mentions in the same document.
  // A weekday or month found inside a longer name ("the Sunday Mirror") is
  // taken out of doc.times. Linear in the number of tokens.
  void Recognize(Document& doc) const;

 private:
  std::shared_ptr<const ner::Tagger> tagger_;
};

}  // namespace newsgraph
