// What every fuzz target checks beyond "no crash": the guarantees the rest
// of the pipeline builds on. A broken guarantee aborts, which libFuzzer
// reports with the input that caused it.
#pragma once

#include <cstdlib>

#include "core/document.h"
#include "text/text_layer.h"

namespace newsgraph::fuzz {

inline void Check(bool ok) {
  if (!ok) std::abort();
}

// Tokens and sentences lie inside the text, in order, on UTF-8 boundaries.
inline void CheckTextLayer(const Document& doc) {
  const auto on_boundary = [&](uint32_t offset) {
    return offset == doc.text.size() || (static_cast<unsigned char>(doc.text[offset]) & 0xC0) != 0x80;
  };
  uint32_t previous_end = 0;
  for (const Token& token : doc.tokens) {
    Check(token.span.begin >= previous_end && token.span.begin < token.span.end && token.span.end <= doc.text.size());
    Check(on_boundary(token.span.begin) && on_boundary(token.span.end));
    previous_end = token.span.end;
  }
  uint32_t next_token = 0;
  for (const Sentence& sentence : doc.sentences) {
    Check(sentence.first_token == next_token && sentence.first_token < sentence.end_token);
    Check(sentence.end_token <= doc.tokens.size());
    next_token = sentence.end_token;
  }
  Check(next_token == doc.tokens.size());
}

// Every annotation's span lies inside the text.
inline void CheckSpans(const Document& doc) {
  const auto inside = [&](Span s) { return s.begin <= s.end && s.end <= doc.text.size(); };
  for (const Mention& m : doc.mentions) Check(inside(m.span) && m.entity < static_cast<int>(doc.entities.size()));
  for (const Quote& q : doc.quotes) Check(inside(q.span) && (!q.speaker || inside(*q.speaker)));
  for (const Quantity& q : doc.quantities) Check(inside(q.span));
  for (const TimeExpression& t : doc.times) Check(inside(t.span));
}

}  // namespace newsgraph::fuzz
