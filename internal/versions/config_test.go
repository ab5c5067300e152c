package versions

import (
	"strings"
	"testing"
	"time"
)

func TestDefaultConfig(t *testing.T) {
	c := DefaultConfig()
	want := Config{Tiered: true, Tier0Only: false, Threshold: 30, Delay: 100 * time.Millisecond,
		OSR: true, OSRThreshold: 1000, PGO: true}
	if c != want {
		t.Fatalf("DefaultConfig() = %+v, want %+v", c, want)
	}
}

func TestParseFlagBool(t *testing.T) {
	fields := map[string]func(*Config) *bool{
		"tiered":     func(c *Config) *bool { return &c.Tiered },
		"tier0-only": func(c *Config) *bool { return &c.Tier0Only },
		"osr":        func(c *Config) *bool { return &c.OSR },
		"pgo":        func(c *Config) *bool { return &c.PGO },
	}
	for name, field := range fields {
		t.Run(name, func(t *testing.T) {
			for _, tc := range []struct {
				arg   string
				start bool
				want  bool
			}{
				{"--" + name, false, true},
				{"--" + name + "=true", false, true},
				{"--" + name + "=1", false, true},
				{"--" + name + "=t", false, true},
				{"--" + name + "=false", true, false},
				{"--" + name + "=0", true, false},
				{"--" + name + "=F", true, false},
			} {
				c := DefaultConfig()
				*field(&c) = tc.start
				ok, err := c.ParseFlag(tc.arg)
				if !ok || err != nil {
					t.Fatalf("ParseFlag(%q) = %v, %v; want true, nil", tc.arg, ok, err)
				}
				if got := *field(&c); got != tc.want {
					t.Errorf("after ParseFlag(%q): %s = %v, want %v", tc.arg, name, got, tc.want)
				}
			}
			for _, arg := range []string{"--" + name + "=yes", "--" + name + "=", "--" + name + "=2"} {
				c := DefaultConfig()
				before := c
				ok, err := c.ParseFlag(arg)
				if !ok || err == nil {
					t.Fatalf("ParseFlag(%q) = %v, %v; want true and an error", arg, ok, err)
				}
				if !strings.Contains(err.Error(), "--"+name) {
					t.Errorf("ParseFlag(%q) error %q does not name the flag", arg, err)
				}
				if c != before {
					t.Errorf("ParseFlag(%q) changed the config on error: %+v", arg, c)
				}
			}
		})
	}
}

func TestParseFlagInt(t *testing.T) {
	for _, tc := range []struct {
		arg   string
		check func(Config) bool
	}{
		{"--tc-threshold=5", func(c Config) bool { return c.Threshold == 5 }},
		{"--tc-threshold=1", func(c Config) bool { return c.Threshold == 1 }},
		{"--tc-delay-ms=0", func(c Config) bool { return c.Delay == 0 }},
		{"--tc-delay-ms=250", func(c Config) bool { return c.Delay == 250*time.Millisecond }},
		{"--osr-threshold=7", func(c Config) bool { return c.OSRThreshold == 7 }},
		{"--osr-threshold=1", func(c Config) bool { return c.OSRThreshold == 1 }},
	} {
		c := DefaultConfig()
		ok, err := c.ParseFlag(tc.arg)
		if !ok || err != nil {
			t.Fatalf("ParseFlag(%q) = %v, %v; want true, nil", tc.arg, ok, err)
		}
		if !tc.check(c) {
			t.Errorf("ParseFlag(%q) gave %+v", tc.arg, c)
		}
	}
}

func TestParseFlagIntErrors(t *testing.T) {
	for _, arg := range []string{
		"--tc-threshold", "--tc-delay-ms", "--osr-threshold", // no value
		"--tc-threshold=", "--tc-threshold=abc", "--tc-threshold=1.5", "--tc-threshold=0x10",
		"--tc-threshold=0", "--tc-threshold=-1", // below the minimum of 1
		"--tc-delay-ms=-1", "--tc-delay-ms=x", "--tc-delay-ms=",
		"--osr-threshold=0", "--osr-threshold=-5", "--osr-threshold=ten",
		"--tc-threshold=99999999999999999999", // overflows int
		"--tc-delay-ms=9223372036855",         // fits an int, but not as a time.Duration of milliseconds
	} {
		c := DefaultConfig()
		before := c
		ok, err := c.ParseFlag(arg)
		if !ok || err == nil {
			t.Errorf("ParseFlag(%q) = %v, %v; want true and an error", arg, ok, err)
			continue
		}
		name, _, _ := strings.Cut(arg, "=")
		if !strings.Contains(err.Error(), name) {
			t.Errorf("ParseFlag(%q) error %q does not name the flag", arg, err)
		}
		if c != before {
			t.Errorf("ParseFlag(%q) changed the config on error: %+v", arg, c)
		}
	}
	// The error for a missing value says how to give one.
	c := DefaultConfig()
	if _, err := c.ParseFlag("--tc-threshold"); err == nil || !strings.Contains(err.Error(), "--tc-threshold=N") {
		t.Errorf("ParseFlag(--tc-threshold) error = %v, want a hint --tc-threshold=N", err)
	}
}

func TestParseFlagUnknown(t *testing.T) {
	for _, arg := range []string{
		"", "-", "--", "---", "tiered", "-tiered", "--Tiered", "--TIERED", "--tiered2",
		"--tier0", "--stats", "--trace-versions", "--tc-threshold-x=1", "--tc_threshold=1",
		" --tiered", "--tiered =true", "--STRATA_TIERED",
	} {
		c := DefaultConfig()
		before := c
		ok, err := c.ParseFlag(arg)
		if ok || err != nil {
			t.Errorf("ParseFlag(%q) = %v, %v; want false, nil", arg, ok, err)
		}
		if c != before {
			t.Errorf("ParseFlag(%q) changed the config: %+v", arg, c)
		}
	}
}

func TestParseFlagSequence(t *testing.T) {
	c := DefaultConfig()
	for _, a := range []string{"--tier0-only", "--tc-threshold=2", "--tc-delay-ms=0", "--pgo=false", "--osr=false", "--tiered=false", "--osr-threshold=3"} {
		if ok, err := c.ParseFlag(a); !ok || err != nil {
			t.Fatalf("ParseFlag(%q) = %v, %v", a, ok, err)
		}
	}
	want := Config{Tiered: false, Tier0Only: true, Threshold: 2, Delay: 0, OSR: false, OSRThreshold: 3, PGO: false}
	if c != want {
		t.Fatalf("config = %+v, want %+v", c, want)
	}
	// A later flag overrides an earlier one.
	if _, err := c.ParseFlag("--tc-threshold=9"); err != nil || c.Threshold != 9 {
		t.Fatalf("override: Threshold = %d, err %v", c.Threshold, err)
	}
}

func envFunc(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestApplyEnv(t *testing.T) {
	c := DefaultConfig()
	if err := c.ApplyEnv(envFunc(nil)); err != nil {
		t.Fatal(err)
	}
	if c != DefaultConfig() {
		t.Fatalf("empty environment changed the config: %+v", c)
	}

	env := map[string]string{
		"STRATA_TIERED":        "false",
		"STRATA_TIER0_ONLY":    "1",
		"STRATA_TC_THRESHOLD":  "4",
		"STRATA_TC_DELAY_MS":   "15",
		"STRATA_OSR":           "false",
		"STRATA_OSR_THRESHOLD": "12",
		"STRATA_PGO":           "0",
		"STRATA_UNRELATED":     "garbage",
		"TC_THRESHOLD":         "77",
	}
	c = DefaultConfig()
	if err := c.ApplyEnv(envFunc(env)); err != nil {
		t.Fatal(err)
	}
	want := Config{Tiered: false, Tier0Only: true, Threshold: 4, Delay: 15 * time.Millisecond,
		OSR: false, OSRThreshold: 12, PGO: false}
	if c != want {
		t.Fatalf("ApplyEnv gave %+v, want %+v", c, want)
	}

	// An empty value means unset.
	c = DefaultConfig()
	if err := c.ApplyEnv(envFunc(map[string]string{"STRATA_TC_THRESHOLD": ""})); err != nil || c.Threshold != 30 {
		t.Fatalf("empty STRATA_TC_THRESHOLD: Threshold %d, err %v", c.Threshold, err)
	}

	// Flags apply on top of the environment.
	c = DefaultConfig()
	if err := c.ApplyEnv(envFunc(map[string]string{"STRATA_TC_THRESHOLD": "4"})); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ParseFlag("--tc-threshold=8"); err != nil || c.Threshold != 8 {
		t.Fatalf("flag over env: Threshold %d, err %v", c.Threshold, err)
	}
}

func TestApplyEnvErrors(t *testing.T) {
	for _, tc := range []struct{ name, val string }{
		{"STRATA_TIERED", "maybe"},
		{"STRATA_TIER0_ONLY", "yes"},
		{"STRATA_TC_THRESHOLD", "0"},
		{"STRATA_TC_THRESHOLD", "many"},
		{"STRATA_TC_DELAY_MS", "-3"},
		{"STRATA_OSR", "on"},
		{"STRATA_OSR_THRESHOLD", "-1"},
		{"STRATA_PGO", "2"},
	} {
		c := DefaultConfig()
		err := c.ApplyEnv(envFunc(map[string]string{tc.name: tc.val}))
		if err == nil {
			t.Errorf("%s=%q: no error", tc.name, tc.val)
			continue
		}
		if !strings.Contains(err.Error(), tc.name) {
			t.Errorf("%s=%q: error %q does not name the variable", tc.name, tc.val, err)
		}
		if !strings.Contains(err.Error(), tc.val) {
			t.Errorf("%s=%q: error %q does not quote the value", tc.name, tc.val, err)
		}
	}
}

func TestFlagHelp(t *testing.T) {
	h := FlagHelp()
	lines := strings.Split(strings.TrimSuffix(h, "\n"), "\n")
	if len(lines) != len(knobs) {
		t.Errorf("FlagHelp has %d lines, want one per knob (%d):\n%s", len(lines), len(knobs), h)
	}
	for _, want := range []struct{ flag, env string }{
		{"--tiered[=false]", "STRATA_TIERED"},
		{"--tier0-only[=false]", "STRATA_TIER0_ONLY"},
		{"--tc-threshold=N", "STRATA_TC_THRESHOLD"},
		{"--tc-delay-ms=N", "STRATA_TC_DELAY_MS"},
		{"--osr[=false]", "STRATA_OSR"},
		{"--osr-threshold=N", "STRATA_OSR_THRESHOLD"},
		{"--pgo[=false]", "STRATA_PGO"},
	} {
		found := false
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) > 0 && f[0] == want.flag {
				found = true
				if !strings.Contains(l, "("+want.env+")") {
					t.Errorf("help line for %s does not name %s: %q", want.flag, want.env, l)
				}
			}
		}
		if !found {
			t.Errorf("FlagHelp does not list %s:\n%s", want.flag, h)
		}
	}
	// Every knob listed in help is accepted by ParseFlag, and the reverse.
	for _, k := range knobs {
		c := DefaultConfig()
		arg := "--" + k.flag + "=1"
		if ok, err := c.ParseFlag(arg); !ok || err != nil {
			t.Errorf("ParseFlag(%q) = %v, %v", arg, ok, err)
		}
		if !strings.Contains(h, "--"+k.flag) {
			t.Errorf("FlagHelp omits --%s", k.flag)
		}
	}
}

func FuzzParseFlag(f *testing.F) {
	for _, s := range []string{
		"--tiered", "--tiered=false", "--tier0-only", "--tc-threshold=5", "--tc-threshold",
		"--tc-delay-ms=0", "--tc-delay-ms=-1", "--osr-threshold=1000", "--pgo=0", "--osr=x",
		"", "--", "--=", "-x", "--unknown=1", "--tc-threshold=99999999999999999999",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		c := DefaultConfig()
		before := c
		ok, err := c.ParseFlag(arg)
		if err != nil && !ok {
			t.Fatalf("ParseFlag(%q): error %v for a flag it does not recognise", arg, err)
		}
		if (!ok || err != nil) && c != before {
			t.Fatalf("ParseFlag(%q) = %v, %v but changed the config to %+v", arg, ok, err, c)
		}
		if c.Threshold < 1 || c.OSRThreshold < 1 || c.Delay < 0 {
			t.Fatalf("ParseFlag(%q) left an out-of-range config %+v", arg, c)
		}
		if ok && !strings.HasPrefix(arg, "--") {
			t.Fatalf("ParseFlag(%q) accepted an argument without --", arg)
		}
	})
}
