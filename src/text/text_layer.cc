#include "text/text_layer.h"
// Placeholder until the text layer lands; replaced wholesale.
namespace newsgraph {
Status ValidateUtf8(std::string_view) { return Status::Ok(); }
std::string NormalizeText(std::string_view utf8) { return std::string(utf8); }
std::vector<Token> Tokenize(std::string_view) { return {}; }
std::vector<Sentence> SplitSentences(std::string_view, const std::vector<Token>&) { return {}; }
void AnnotateText(Document& doc) {
  doc.tokens = Tokenize(doc.text);
  doc.sentences = SplitSentences(doc.text, doc.tokens);
}
}  // namespace newsgraph
