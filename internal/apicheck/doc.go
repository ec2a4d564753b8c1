// Package apicheck holds a test of the module's public API as pkg.go.dev
// shows it: every exported identifier is documented, every exported
// function has a runnable example, and so does every type with methods.
package apicheck
