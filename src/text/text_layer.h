// The text layer: UTF-8 validation, normalization, tokens and sentences.
//
// Guarantees: linear time in the input, no allocation per token beyond the
// output vectors, offsets are byte offsets into the text given.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace newsgraph {

// OK, or an error naming the byte offset of the first invalid sequence.
Status ValidateUtf8(std::string_view bytes);

// Canonical article text: NFC, CRLF and CR turned into LF, NUL and other C0
// controls (except tab and LF) removed. Quotes, apostrophes and dashes are left
// as written; the tokenizer understands every variant.
std::string NormalizeText(std::string_view utf8);

std::vector<Token> Tokenize(std::string_view text);
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);

// Fills doc.tokens and doc.sentences from doc.text.
void AnnotateText(Document& doc);

}  // namespace newsgraph
