#include "store/annotation_codec.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace newsgraph {
namespace {

// Bump when Document's annotations change shape; older blobs then fail to
// decode and their articles are annotated again.
constexpr char kMagic[4] = {'N', 'G', 'A', 1};

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  template <typename... T>
  void operator()(const T&... values) { (Put(values), ...); }

 private:
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(char(v | 0x80));
      v >>= 7;
    }
    out_.push_back(char(v));
  }
  template <typename T> requires std::is_arithmetic_v<T> || std::is_enum_v<T>
  void Put(const T& v) {
    if constexpr (std::is_enum_v<T>) {
      Varint(uint64_t(v));
    } else if constexpr (std::is_same_v<T, double>) {
      char bytes[8];
      std::memcpy(bytes, &v, 8);
      out_.append(bytes, 8);
    } else if constexpr (std::is_signed_v<T>) {
      Varint((uint64_t(int64_t(v)) << 1) ^ uint64_t(int64_t(v) >> 63));  // zigzag: -1 stays one byte
    } else {
      Varint(v);
    }
  }
  void Put(const std::string& s) {
    Varint(s.size());
    out_ += s;
  }
  void Put(const Span& s) { Varint(s.begin), Varint(s.end); }
  template <typename T>
  void Put(const std::optional<T>& v) {
    out_.push_back(v ? 1 : 0);
    if (v) Put(*v);
  }
  template <typename T>
  void Put(const std::vector<T>& list) {
    Varint(list.size());
    for (const T& item : list) Put(item);
  }
  template <typename T>
  auto Put(const T& record) -> decltype(Fields(*this, record), void()) { Fields(*this, record); }

  std::string& out_;
};

class Reader {
 public:
  Reader(std::string_view in, uint32_t text_size) : in_(in), text_size_(text_size) {}
  template <typename... T>
  void operator()(T&... values) { (Get(values), ...); }
  bool ok() const { return ok_ && in_.empty(); }

 private:
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (in_.empty()) break;
      const auto byte = uint8_t(in_.front());
      in_.remove_prefix(1);
      v |= uint64_t(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    ok_ = false;
    in_ = {};
    return 0;
  }
  template <typename T> requires std::is_arithmetic_v<T> || std::is_enum_v<T>
  void Get(T& v) {
    if constexpr (std::is_enum_v<T>) {
      v = T(Varint());
    } else if constexpr (std::is_same_v<T, double>) {
      if (in_.size() < 8) return Fail();
      std::memcpy(&v, in_.data(), 8);
      in_.remove_prefix(8);
    } else if constexpr (std::is_signed_v<T>) {
      const uint64_t z = Varint();
      v = T(int64_t(z >> 1) ^ -int64_t(z & 1));
    } else {
      v = T(Varint());
    }
  }
  void Get(std::string& s) {
    const uint64_t n = Varint();
    if (n > in_.size()) return Fail();
    s.assign(in_.substr(0, n));
    in_.remove_prefix(n);
  }
  void Get(Span& s) {
    s.begin = uint32_t(Varint());
    s.end = uint32_t(Varint());
    if (s.begin > s.end || s.end > text_size_) Fail();
  }
  template <typename T>
  void Get(std::optional<T>& v) {
    if (in_.empty()) return Fail();
    const bool present = in_.front();
    in_.remove_prefix(1);
    if (present) Get(v.emplace());
  }
  template <typename T>
  void Get(std::vector<T>& list) {
    const uint64_t n = Varint();
    if (n > in_.size()) return Fail();  // every item takes at least one byte
    list.resize(n);
    for (T& item : list) Get(item);
  }
  template <typename T>
  auto Get(T& record) -> decltype(Fields(*this, record), void()) { Fields(*this, record); }
  void Fail() {
    ok_ = false;
    in_ = {};
  }

  std::string_view in_;
  uint32_t text_size_;
  bool ok_ = true;
};

// One list of fields per record serves both directions, so encoder and
// decoder cannot drift apart.
template <typename Io, typename T> requires std::is_same_v<std::remove_const_t<T>, Token>
void Fields(Io& io, T& t) { io(t.span, t.kind, t.flags); }
template <typename Io, typename T> requires std::is_same_v<std::remove_const_t<T>, Sentence>
void Fields(Io& io, T& s) { io(s.span, s.first_token, s.end_token); }
template <typename Io, typename T> requires std::is_same_v<std::remove_const_t<T>, Mention>
void Fields(Io& io, T& m) { io(m.span, m.type, m.entity); }
template <typename Io, typename T> requires std::is_same_v<std::remove_const_t<T>, DocEntity>
void Fields(Io& io, T& e) {
  io(e.name, e.type, e.titles, e.aliases, e.gender, e.country_code, e.latitude, e.longitude, e.global_id);
}
template <typename Io, typename T> requires std::is_same_v<std::remove_const_t<T>, Quote>
void Fields(Io& io, T& q) { io(q.span, q.kind, q.speaker_entity, q.speaker, q.cue); }
template <typename Io, typename T> requires std::is_same_v<std::remove_const_t<T>, Quantity>
void Fields(Io& io, T& q) {
  io(q.span, q.value, q.low, q.high, q.unit, q.qualifier, q.counted, q.counted_span, q.previous, q.as_of_time,
     q.attributed_to);
}
template <typename Io, typename T> requires std::is_same_v<std::remove_const_t<T>, TimeExpression>
void Fields(Io& io, T& t) { io(t.span, t.value, t.type, t.reason); }

template <typename Io, typename D>
void Annotations(Io& io, D& d) {
  io(d.tokens, d.sentences, d.mentions, d.entities, d.quotes, d.quantities, d.times, d.errors);
}

}  // namespace

std::string EncodeAnnotations(const Document& doc) {
  std::string out(kMagic, sizeof kMagic);
  Writer writer(out);
  Annotations(writer, doc);
  return out;
}

Status DecodeAnnotations(std::string_view blob, Document& doc) {
  if (!blob.starts_with(std::string_view(kMagic, sizeof kMagic))) {
    return Status::Corruption("annotations of " + doc.id + " are from another newsgraph version");
  }
  Document decoded;
  Reader reader(blob.substr(sizeof kMagic), uint32_t(doc.text.size()));
  Annotations(reader, decoded);
  if (!reader.ok()) return Status::Corruption("annotations of " + doc.id + " are damaged");
  doc.tokens = std::move(decoded.tokens);
  doc.sentences = std::move(decoded.sentences);
  doc.mentions = std::move(decoded.mentions);
  doc.entities = std::move(decoded.entities);
  doc.quotes = std::move(decoded.quotes);
  doc.quantities = std::move(decoded.quantities);
  doc.times = std::move(decoded.times);
  doc.errors = std::move(decoded.errors);
  return Status::Ok();
}

}  // namespace newsgraph
