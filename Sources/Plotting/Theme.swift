/// A theme is a style sheet (`StyleSheet.dark`, `StyleSheet.light`); the lowering layer calls it by this name.
public typealias Theme = StyleSheet
