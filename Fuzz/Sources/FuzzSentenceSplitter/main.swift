import FuzzDriver

runLibFuzzer { data, size in
    guard let data else { return 0 }
    return fuzzSentenceSplitter(data, size)
}
