// Status and Result<T>: expected failures as values.
//
// A Status is either OK or carries a code and a message that names the input
// and says what to do ("articles.jsonl:17: truncated JSON object; check that
// the line is complete"). Bad input is an expected failure and travels as a
// Status; a broken invariant inside newsgraph is a bug and aborts instead.
//
// Status and Result are values: copy them, return them, store them. They are
// not thread-safe to mutate concurrently, like any other value type.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace newsgraph {

class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kIOError, kCorruption, kUnsupported };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message) { return {Code::kInvalidArgument, std::move(message)}; }
  static Status NotFound(std::string message) { return {Code::kNotFound, std::move(message)}; }
  static Status IOError(std::string message) { return {Code::kIOError, std::move(message)}; }
  static Status Corruption(std::string message) { return {Code::kCorruption, std::move(message)}; }
  static Status Unsupported(std::string message) { return {Code::kUnsupported, std::move(message)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The human-readable message; empty when ok().
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace newsgraph
