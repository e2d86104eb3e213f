// A hash map from object addresses to values, flat (open addressing, linear probing,
// deletion by shifting back), for the recorder's per-task state: one probe touches one
// cache line, where a node-based map touches two or three. References into it are
// invalidated by insert and erase.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace loopscope::loop {

template <typename Value>
class PointerMap {
public:
    PointerMap() : slots_(16) {}

    Value* find(const void* key)
    {
        for (std::size_t i = indexOf(key);; i = next(i)) {
            Slot& slot = slots_[i];
            if (slot.key == key)
                return &slot.value;
            if (!slot.key)
                return nullptr;
        }
    }

    // The value for `key`, made (value-initialised) if it is new.
    Value& insert(const void* key)
    {
        if ((size_ + 1) * 4 > slots_.size() * 3)
            grow();
        std::size_t i = indexOf(key);
        while (slots_[i].key && slots_[i].key != key)
            i = next(i);
        if (!slots_[i].key) {
            slots_[i].key = key;
            slots_[i].value = Value();
            ++size_;
        }
        return slots_[i].value;
    }

    void erase(const void* key)
    {
        std::size_t hole = indexOf(key);
        while (slots_[hole].key != key) {
            if (!slots_[hole].key)
                return;
            hole = next(hole);
        }
        // Shift back the entries after the hole that would not be found past it.
        for (std::size_t i = next(hole); slots_[i].key; i = next(i)) {
            const std::size_t home = indexOf(slots_[i].key);
            const bool between = hole <= i ? (hole < home && home <= i) : (hole < home || home <= i);
            if (!between) {
                slots_[hole] = slots_[i];
                hole = i;
            }
        }
        slots_[hole] = Slot();
        --size_;
    }

    std::size_t size() const { return size_; }

private:
    struct Slot {
        const void* key = nullptr;
        Value value{};
    };

    std::size_t indexOf(const void* key) const
    {
        // Addresses are aligned and clustered: mix the bits before masking.
        auto bits = reinterpret_cast<std::uintptr_t>(key);
        bits ^= bits >> 17;
        bits *= 0x9e3779b97f4a7c15ull;
        return std::size_t(bits >> 20) & (slots_.size() - 1);
    }
    std::size_t next(std::size_t i) const { return (i + 1) & (slots_.size() - 1); }

    void grow()
    {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        size_ = 0;
        for (const Slot& slot : old) {
            if (slot.key)
                insert(slot.key) = slot.value;
        }
    }

    std::vector<Slot> slots_; // a power of two in size, at most three quarters full
    std::size_t size_ = 0;
};

} // namespace loopscope::loop
