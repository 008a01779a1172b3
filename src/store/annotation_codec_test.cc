#include "store/annotation_codec.h"

#include <gtest/gtest.h>

#include "pipeline/pipeline.h"

namespace newsgraph {
namespace {

Document Annotated() {
  Document d;
  d.id = "harbor-times-valencia-fire";
  d.text =
      "VALENCIA, Spain (Harbor Times) -- As many as 12,000 people may have been displaced, according to the "
      "Spanish Red Cross. \"We have never seen flames move this fast,\" said Carlos Mazón, president of the "
      "Valencia region, on Monday. Officials put the number at about 10,000, up from 3,000 on Sunday.";
  d.date = ParseIsoDate("2024-10-28");
  auto pipeline = Pipeline::Create({});
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().message();
  if (pipeline.ok()) pipeline->Annotate(d);
  return d;
}

TEST(AnnotationCodec, RoundTripKeepsEveryAnnotation) {
  const Document original = Annotated();
  ASSERT_FALSE(original.tokens.empty());
  ASSERT_FALSE(original.quantities.empty());
  const std::string blob = EncodeAnnotations(original);

  Document restored;
  restored.id = original.id;
  restored.text = original.text;
  ASSERT_TRUE(DecodeAnnotations(blob, restored).ok());
  EXPECT_EQ(EncodeAnnotations(restored), blob);
  ASSERT_EQ(restored.tokens.size(), original.tokens.size());
  EXPECT_EQ(restored.tokens.back().span, original.tokens.back().span);
  EXPECT_EQ(restored.tokens.back().flags, original.tokens.back().flags);
  ASSERT_EQ(restored.entities.size(), original.entities.size());
  for (size_t i = 0; i < original.entities.size(); ++i) EXPECT_EQ(restored.entities[i].name, original.entities[i].name);
  ASSERT_EQ(restored.quantities.size(), original.quantities.size());
  for (size_t i = 0; i < original.quantities.size(); ++i) {
    EXPECT_EQ(restored.quantities[i].value, original.quantities[i].value);
    EXPECT_EQ(restored.quantities[i].counted, original.quantities[i].counted);
    EXPECT_EQ(restored.quantities[i].previous, original.quantities[i].previous);
  }
  ASSERT_EQ(restored.times.size(), original.times.size());
  for (size_t i = 0; i < original.times.size(); ++i) EXPECT_EQ(restored.times[i].value, original.times[i].value);
  EXPECT_EQ(restored.quotes.size(), original.quotes.size());
}

TEST(AnnotationCodec, DamagedOrForeignBlobsLeaveTheArticleUnannotated) {
  const Document original = Annotated();
  const std::string blob = EncodeAnnotations(original);
  auto decode = [&](std::string_view bytes, std::string text) {
    Document d;
    d.text = std::move(text);
    const bool ok = DecodeAnnotations(bytes, d).ok();
    EXPECT_TRUE(ok || d.tokens.empty());
    return ok;
  };
  EXPECT_FALSE(decode(std::string_view(blob).substr(0, blob.size() / 2), original.text));  // truncated
  EXPECT_FALSE(decode(blob + "x", original.text));                                         // trailing bytes
  std::string other_version = blob;
  other_version[3] = char(other_version[3] + 1);
  EXPECT_FALSE(decode(other_version, original.text));
  // Spans must lie inside the text they annotate.
  EXPECT_FALSE(decode(blob, original.text.substr(0, 20)));
  EXPECT_TRUE(decode(blob, original.text));
}

}  // namespace
}  // namespace newsgraph
