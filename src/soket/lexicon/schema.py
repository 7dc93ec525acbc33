"""Strict schemas for the lexicon files (pydantic, extra keys forbidden). :func:`soket.lexicon.load`
returns the file as its model; :func:`soket.lexicon.get` does the same, typed by the model class."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ChromeExample(_Strict):
    """A piece of a page that shows chrome entries at work: ``chrome`` are the parts
    :func:`soket.ingest.chrome.find_chrome` must mark, ``kept`` the parts it must leave as text."""

    covers: dict[str, list[str]]
    page: str
    chrome: list[str] = []
    kept: list[str] = []


class ChromeLexicon(_Strict):
    examples: list[ChromeExample] = []
    line_cues: list[str]
    cue_determiners: list[str] = []
    tail_cues: list[str]
    block_cues: list[str] = []
    read_more_cues: list[str] = []
    related_nouns: list[str] = []
    related_links: list[str] = []
    list_tabs: list[str] = []
    ticker_labels: list[str] = []
    market_labels: list[str] = []
    page_jump_cues: list[str] = []
    page_resume_cues: list[str] = []
    issue_cues: list[str] = []
    counter_labels: list[str] = []
    counter_units: list[str] = []
    inline_patterns: list[str] = []
    fact_units: list[str] = []
    max_line_chars: int = 120
    short_counter_chars: int = 60
    tail_max_line_chars: int = 240
    menu_min_items: int = 6
    menu_item_max_chars: int = 40

    def related_headings(self) -> list[str]:
        """The block cues and each related-news heading composed of a news noun and its link to the
        article ("Tin" + "cùng chủ đề", "Bài viết" + "khác")."""
        return [*self.block_cues, *(f"{n} {k}" for n in self.related_nouns for k in self.related_links)]


class GazetteerUnitAlias(_Strict):
    name: str
    kind: str
    province: str
    aliases: list[str]


class GazetteerAliases(_Strict):
    units: list[GazetteerUnitAlias] = []
    provinces: dict[str, list[str]] = {}
    syllables: dict[str, str] = {}
    kind_words: dict[str, str] = {}
    kind_abbreviations: dict[str, str] = {}
    bare_abbreviations: list[str] = []
    kind_examples: dict[str, str] = {}


SCHEMAS: dict[str, type[BaseModel]] = {"chrome": ChromeLexicon, "gazetteer_aliases": GazetteerAliases}


# -- official documents: indicator-table headers and report structure (soket.extract.tables/structure)


class TableColumnRule(_Strict):
    kind: Literal["ignore", "note", "number", "unit", "indicator", "target", "amount", "prior_value", "plan_pct",
                  "plan_diff_pct", "prior_pct", "change_pct", "change"]
    exact: list[str] = []
    prefix: list[str] = []
    contains: list[str] = []
    percent: bool = False
    example: str


class TableExample(_Strict):
    """A small indicator table (rows of cell texts, the header first) that shows entries at work: the
    fact read from the cell ``raw`` must have the role, basis, unit, qualifier, subject and estimate
    given (:func:`soket.extract.tables.extract_table_facts`)."""

    covers: dict[str, list[str]]
    rows: list[list[str]]
    raw: str
    before: str = ""        # a paragraph printed above the table (its caption: "Đơn vị tính: triệu đồng")
    value: float | None = None
    role: str | None = None
    basis: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    estimated: bool | None = None


class TableHeaders(_Strict):
    examples: list[TableExample] = []
    columns: list[TableColumnRule]
    percent_leads: list[str] = []
    count_leads: list[str] = []
    planned_shares: list[str] = []
    estimated: list[str]
    plan_words: list[str]
    default_plan_basis: str
    comparison_bases: dict[str, str]
    #: a comparison column naming a year after one of these ("So với năm 2024 (%)"): its basis is the last word and the year
    comparison_years: list[str] = []
    #: a header over several columns that makes each of them a comparison: the word it lends their own headers
    comparison_groups: dict[str, str] = {}
    default_prior_basis: str
    growth_subjects: list[str]
    subject_prefixes: list[str]
    units: dict[str, str]
    qualifiers: dict[str, Literal["over", "nearly", "about", "under"]]
    caption_cues: list[str]
    #: a line above a table that gives the unit of all its cells ("Đơn vị tính: triệu đồng"): the lead before its colon
    unit_lines: list[str] = []


class StructureExample(_Strict):
    """An official document's opening that shows entries at work: what
    :func:`soket.extract.structure.parse_official` must read from it (``expect``: a field of the
    header, or of its sections, dotted; a path ending in "=" an exact value), and where its last
    section must end at the latest (``ends_before``)."""

    covers: dict[str, list[str]]
    text: str
    expect: dict[str, str | int | None] = {}
    ends_before: str | None = None


class StructureWords(_Strict):
    """The words structure.py builds its header, period and numbering patterns from."""

    number: list[str]       # "Số: 215/BC-UBND"
    day: list[str]          # "Lập Thạch, ngày 5 tháng 7 năm 2021"
    month: list[str]
    year: list[str]
    first: list[str]        # "6 tháng đầu năm 2021"
    quarter: list[str]      # "quý II năm 2021"
    school_year: list[str]  # "tháng 9 năm học 2021-2022": no month of a calendar year
    part: list[str]         # "Phần thứ nhất", "PHẦN I"
    ordinal: list[str]      # "thứ" in "Phần thứ nhất"
    article: list[str]      # "Điều 1."


class ReportStructure(_Strict):
    examples: list[StructureExample] = []
    words: StructureWords
    unit_kinds: dict[str, str] = {}
    bodies: dict[str, Literal["peoples_committee", "peoples_council", "executive_committee", "other"]]
    unit_words: list[str]
    cut_at: list[str]
    mottos: list[str]
    doc_types: list[str]
    title_stops: list[str]
    months_words: dict[str, int]
    quarters: dict[str, list[int]]
    halves: dict[str, list[int]]
    section_kinds: dict[Literal["results", "limitations", "tasks"], list[str]]
    cue_within_words: int
    end_cues: list[str]
    #: the mark before the body a written document is signed on behalf of ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN")
    signed_for: list[str] = []


SCHEMAS.update({"table_headers": TableHeaders, "report_structure": ReportStructure})

# --- the extractor's lexicons -------------------------------------------------------------------

Phrases = list[str]


class LexiconExample(_Strict):
    """A sentence that shows lexicon entries at work, and what the extractor must make of it."""

    covers: dict[str, list[str]]  # lexicon list (dotted: section.list) → entries the sentence shows
    sentence: str
    raw: str | None = None  # the fact checked; None: the sentence states no fact
    role: str | None = None
    unit: str | None = None
    value: float | None = None
    basis: str | None = None
    subject: str | None = None  # words the subject must contain (lowercase)
    subject_lacks: str | None = None  # a word the subject must not contain
    typo: bool | None = None  # whether the fact must say it was read through a typo
    # what the record of the sentence must hold beyond the fact, by dotted path ("meeting.body_kind",
    # "period.start_month", "people.name", "tasks"): a list holds the value (a string: within one item;
    # a path ending in "=" wants an item equal to it)
    expect: dict[str, str | bool | int | list[str] | None] = {}


class UnitsLexicon(_Strict):
    examples: list[LexiconExample] = []
    scales: dict[str, int]
    currencies: dict[str, str]
    scaled_currencies: dict[str, int] = {}
    currency_compounds: Phrases
    rate_words: Phrases
    rate_nouns: Phrases
    group_nouns: Phrases
    group_words_not: Phrases = []
    percent: Phrases
    percent_points: Phrases = []
    measures: dict[str, str]
    abbreviations: dict[str, str]
    classifiers: Phrases
    noun_classifiers: dict[str, Phrases] = {}
    not_units: Phrases
    counted_nouns: Phrases
    compounds: Phrases
    noun_kinds: dict[str, Phrases]
    draft_heads: Phrases = []
    counters: Phrases
    noun_stop: Phrases
    money_purposes: Phrases


class NumbersLexicon(_Strict):
    examples: list[LexiconExample] = []
    digits: dict[str, int]
    tens: Phrases
    ordinals: dict[str, int]
    hundred: str
    fillers: Phrases
    ten: str = ""
    tens_suffix: str = ""
    thousands: dict[str, int] = {}
    after_tens_only: Phrases = []
    not_after_ten: Phrases = []
    # a number in words counting a noun: a lone word that is no count, the words before one that make it an ordinal
    alone_not_counts: Phrases = []
    ordinal_before: Phrases = []
    small_count_after: Phrases = []
    whole_before: Phrases = []


class QuantityCues(_Strict):
    """The figure itself (``extract/quantities.py``)."""

    qualifiers: dict[str, Phrases]
    passed_marks: Phrases = []
    name_number_before: Phrases
    name_cue_compounds: Phrases = []
    range_before: Phrases
    range_from: Phrases = []
    range_to: Phrases = []
    threshold_after: Phrases
    floor_goal_before: Phrases = []
    plan_span_heads: Phrases = []
    per_unit_words: Phrases = []
    name_cues_capitalised: Phrases = []
    plan_span_links: Phrases = []
    degree_before: Phrases = []
    date_before: Phrases
    lunar_stems: Phrases = []
    lunar_branches: Phrases = []
    count_of: Phrases
    time_spent_before: Phrases = []
    rank_words: Phrases = []
    rank_peers_before: Phrases = []
    labelled_totals: Phrases = []
    labelled_total_links: Phrases = []
    time_spent_nouns: Phrases = []
    halt_before: Phrases = []
    halt_spans: Phrases = []
    locative_qualifiers: Phrases
    qualifier_compounds: Phrases
    place_nouns: Phrases
    per_one: Phrases
    class_of: Phrases = []
    class_verbs: Phrases = []
    change_across: Phrases
    named_sets: Phrases
    time_labels: dict[str, list[int]] = {}  # a time word and the least and most number it names ("tháng": 1..12)
    ratio_names: Phrases = []  # name cues of a ratio ("tỷ lệ 1/500"): a percentage after them is a figure
    # words before a name cue that count it or take every kind of it ("lúa 2 vụ", "rau các loại"): no label
    name_cue_counters: Phrases = []
    programme_nouns: Phrases = []  # a programme named by its scaled goal ("Đề án 1 triệu ha ..."): no figure
    class_households: Phrases = []  # a class of households an income bound defines ("hộ nghèo có thu nhập dưới ...")
    class_incomes: Phrases = []  # the income word between the households and the bound ("có thu nhập")
    class_bounds: Phrases = []  # the bound itself ("dưới", "trên")
    income_standards: Phrases = []  # a standard's level right after its noun ("chuẩn 12 triệu đồng/người")
    per_head: Phrases = []  # a sum's rate per person or household ("/người", "/khẩu")
    across_nouns: Phrases
    vague_after_one: Phrases = []
    crop_land: Phrases = []
    crop_land_words: Phrases = []
    crop_seasons: Phrases = []
    season_crops: Phrases = []
    totality_before: Phrases = []
    totality_nouns: Phrases = []


class RoleCues(_Strict):
    """A figure's role, basis and estimate (``extract/roles.py``)."""

    counted_goal_heads: Phrases = []

    estimate: Phrases
    increase: Phrases
    decrease: Phrases
    growth_heads: Phrases
    growth_rate_nouns: Phrases = []
    growth_rate_verbs: Phrases = []
    level: Phrases
    level_or_change: dict[str, Phrases] = {}
    level_alone: Phrases = []
    goal_named_heads: Phrases = []
    goal_set_relatives: Phrases = []
    change_fillers: Phrases
    change_degrees: Phrases
    change_with: Phrases
    change_averages: Phrases = []
    change_filler_copulas: Phrases = []
    basis_lead: Phrases
    basis_adverbs: Phrases = []
    basis_adverb_times: Phrases = []
    compare_leads: Phrases
    opener_years: Phrases
    bracket_plan_words: Phrases
    bracket_copula: Phrases
    basis_stop: Phrases
    plan_givers: Phrases
    giver_joins: Phrases
    prior_heads: Phrases
    prior_actual: Phrases = []
    prior_owner: Phrases = []
    prior_verbs: Phrases
    added: Phrases
    more_than: Phrases
    less_than: Phrases
    plan_heads: Phrases
    figure_plan_heads: Phrases = []
    task_plans: Phrases = []
    work_joins: Phrases = []
    work_ends: Phrases = []
    plan_place_words: Phrases = []
    plan_giver_bodies: Phrases
    plan_determiners: Phrases = []
    attain: Phrases
    goal_heads: Phrases
    goal_reach: Phrases = []
    goal_reach_modals: Phrases = []
    directive_speakers: Phrases = []
    directive_speakers_not: Phrases = []
    directive_asks: Phrases = []
    directive_asked_not_after: Phrases = []
    goal_setting: Phrases
    goal_counting: Phrases = []
    goal_counted_parts_not: Phrases = []
    goal_counted_compared: Phrases = []
    unmet: Phrases
    copula: Phrases
    goal_copula: Phrases
    estimate_not_before: Phrases
    plan_done: Phrases
    plan_over: Phrases
    attained_and_over: Phrases = []
    plan_under: Phrases
    comparison_heads: Phrases
    target: Phrases
    directive: Phrases
    directive_reported: Phrases = []
    directive_not_before: Phrases = []
    quoted_goal_heads: Phrases = []
    goal_ends: Phrases
    goal_ends_not: Phrases
    goal_continues: Phrases
    goal_parts: Phrases = []
    goal_continues_not: Phrases
    goals_adopt: Phrases = []
    goals_adopt_not: Phrases = []
    goals_follow: Phrases = []
    goals_follow_not: Phrases = []
    goal_section_heads: Phrases = []
    goal_section_not: Phrases = []
    coming_periods: Phrases = []
    goal_section_leads: Phrases = []
    goal_span_results: Phrases = []
    goal_after_copula: Phrases = []
    goal_after_marks: Phrases = []
    goal_plans: Phrases = []
    goal_verb_tense: Phrases = []
    goal_verb_passive: Phrases = []
    goal_level: Phrases = []
    level_moves: Phrases = []
    plan_rate_heads: Phrases = []
    goal_list_leads: Phrases
    goal_set_with: Phrases = []
    goal_assign: Phrases = []
    goal_receivers: Phrases = []
    goal_adopting: Phrases = []
    task_verbs: Phrases
    adjust: Phrases
    adjust_moves: Phrases = []
    goal_list_not: Phrases
    bound_after: Phrases = []
    bound_voted: Phrases = []
    floor_words: Phrases = []
    goal_year_words: Phrases = []
    planned_words: Phrases = []
    # a later period's plan figure (extract/plans.py): a plan or estimate head, its time later than the period reviewed
    later_plan_heads: Phrases = []
    later_plan_coming: Phrases = []  # a time that is later whatever the period ("năm tới")
    later_plan_not: Phrases = []  # a result's word between the head and the figure: a result, no plan
    later_plan_receivers: Phrases = []  # "214 tỷ đồng cho 39 dự án": who receives the planned sum, counted
    floor_level_nouns: Phrases = []
    item_list_leads: Phrases = []
    item_verbs_not_before: Phrases = []
    task_list_heads: Phrases = []
    task_list_not: Phrases = []
    task_list_after: Phrases = []
    purpose: Phrases
    purpose_not_after: Phrases


class SubjectCues(_Strict):
    """Where a figure's subject starts and ends, and whether it names something (``extract/subjects.py``)."""

    predicate: Phrases
    inline_openers: Phrases
    whole_after: Phrases = []
    count_wholes: Phrases = []
    bare_wholes: Phrases = []
    copulas: Phrases = []
    when_only: Phrases = []
    head_halves: Phrases = []
    average_only: Phrases = []
    copula_links: Phrases = []
    trailing_fillers: Phrases = []
    dangling_prepositions: Phrases = []
    trailing_ordinals: Phrases = []
    label_numbers: Phrases = []
    listed_verb_carriers: Phrases = []
    offence_heads: Phrases = []
    offence_fields: Phrases = []
    topic_heads: Phrases = []
    unit_ending_nouns: Phrases = []
    trailing_adverbs: Phrases = []
    leading_adverbs: Phrases = []
    leading_decisions: Phrases = []
    appointing_verbs: Phrases = []
    appointed_bodies: Phrases = []
    leading_verbs: Phrases = []
    leading_verb_heads: Phrases = []
    adverb_compounds: Phrases = []
    exclusion_leads: Phrases = []
    openers: Phrases
    subject_cut: Phrases
    subject_cut_not_after: Phrases = []
    duty_leads: Phrases = []
    duty_modals: Phrases = []
    follow_stop: Phrases
    follow_cut_before: Phrases
    actor_tense: Phrases = []
    count_place_leads: Phrases = []
    count_place_dets: Phrases = []
    place_adjuncts: Phrases
    place_adjunct_verbs: Phrases = []
    follow_move_verbs: Phrases = []
    follow_move_stops: Phrases = []
    follow_compounds: Phrases
    follow_spans: Phrases = []
    standard_leads: Phrases = []
    standard_fields: Phrases = []
    # a preposition opening the piece before a comma that a measure's name runs on through ("với tổng giá trị bồi
    # thường, hỗ trợ là ...")
    measure_preps: Phrases = []
    count_follow_through: Phrases
    count_follow_phrases: Phrases = []
    goal_owners: Phrases = []
    count_groups: Phrases = []
    unit_counters: Phrases = []
    goals_attained: Phrases = []
    beneficiary_leads: Phrases = []
    share_allotted: Phrases = []
    beneficiary_ends: Phrases = []
    count_prefix: Phrases
    count_others: Phrases = []
    complete_heads: Phrases
    complete_head_verbs: Phrases = []
    have_verbs: Phrases
    deed_preps: Phrases = []
    clause_joins: Phrases
    repeat_joins: Phrases = []
    topic_leads: Phrases
    topic_states: Phrases = []
    period_moves: Phrases = []
    period_part_leads: Phrases = []
    period_part_heads: Phrases = []
    name_list_leads: Phrases
    name_list_copulas: Phrases = []
    name_joins: Phrases
    basis_tails: Phrases
    people_actors: Phrases
    actor_scopes: Phrases
    frame_leads: Phrases
    predicate_start: Phrases
    growth_nouns: Phrases
    clause_verbs: Phrases
    state_verbs: Phrases = []
    planned_acts: Phrases = []
    state_keepers: Phrases = []
    state_degrees: Phrases = []
    count_events: Phrases
    object_leads: Phrases = []
    object_light_verbs: Phrases = []
    causatives: Phrases
    passives: Phrases
    participles: Phrases = []
    listed_verb_marks: Phrases = []
    actor_heads: Phrases
    actor_titles: Phrases = []
    actor_joined: Phrases = []
    person_actors: Phrases = []
    acting_for: Phrases = []
    level_after: Phrases = []
    verb_nouns: Phrases = []
    place_openers: Phrases = []
    source_leads: Phrases = []
    subject_remarks: Phrases
    bare_counters: Phrases
    light_verbs: Phrases
    cause_leads: Phrases
    means_leads: Phrases = []
    concession_leads: Phrases
    topic_joints: Phrases = []
    category_heads: Phrases = []
    earlier_periods: Phrases = []
    ensure_verbs: Phrases
    measured_heads: Phrases = []
    fronted_fields: Phrases = []
    represents: Phrases = []
    fronted_field_heads: Phrases = []
    tense_aux: Phrases = []
    owner_leads: Phrases = []
    count_totals: Phrases = []
    merge_verbs: Phrases = []
    merge_time_leads: Phrases = []
    merge_result_leads: Phrases = []


class FactCues(_Strict):
    """How the figures of a sentence become facts (``extract/facts.py``)."""

    money_for: Phrases
    meeting_links: Phrases = []
    elsewhere: Phrases
    contrast_joins: Phrases = []
    class_gap_not: Phrases = []
    none_leads: Phrases = []
    none_marks: Phrases = []
    sitting_before: Phrases = []
    sitting_after: Phrases = []
    money_from: Phrases = []
    elsewhere_in_names: Phrases
    named_works: Phrases
    dimensions: Phrases = []
    measured_with: Phrases = []
    sized_states: Phrases = []
    dimension_totals: Phrases = []
    held_predicates: Phrases = []
    event_causes: Phrases = []
    event_places: Phrases = []
    list_places: Phrases = []
    done_marks: Phrases = []
    addressing_verbs: Phrases = []
    asked_leads: Phrases = []
    addressees: Phrases = []
    addressee_tails: Phrases = []
    addressee_joins: Phrases = []
    addressee_determiners: Phrases = []
    superlatives: Phrases = []
    cumulative: Phrases
    anaphora: Phrases
    completion_verbs: Phrases
    effort_leads: Phrases = []
    programme_heads: Phrases = []
    vote_units: Phrases = []
    agent_predicates: Phrases
    raise_verbs: Phrases
    raise_totals: Phrases
    raise_to: Phrases
    raise_increments: Phrases = []
    raise_aux: Phrases = []
    breakdown: Phrases
    restated_count_units: Phrases = []
    respective: Phrases = []
    occurrence_verbs: Phrases
    case_counters: Phrases = []
    state_words: Phrases = []
    limit_each: Phrases = []
    limit_caps: Phrases = []
    leader_actors: Phrases = []
    vote_agent_verbs: Phrases = []
    passive_agent_leads: Phrases = []
    part_counters: Phrases = []
    actor_adverbs: Phrases = []
    locatives: Phrases
    standard_states: Phrases = []
    rate_heads: Phrases
    plan_total_leads: Phrases = []
    plan_share_leads: Phrases = []
    full_marks: Phrases = []
    member_verbs: Phrases = []
    level_heads: Phrases = []
    share: Phrases
    change_equivalent: Phrases = []
    conjunctions: Phrases
    count_heads: Phrases
    steering_verbs: Phrases
    place_actors: Phrases
    place_leads: Phrases
    verb_tails: Phrases
    norm_heads: Phrases
    aspect_leads: Phrases = []
    scope_leads: Phrases = []
    level_nouns: Phrases = []
    capital_leads: Phrases = []
    capital_nouns: Phrases = []
    funded_plans: Phrases = []


class RepairCues(_Strict):
    """Cue words read through a typo (``extract/repair.py``)."""

    glued_cues: Phrases
    before_percent: Phrases
    toneless_before_figure: Phrases
    toneless_phrases: Phrases
    never_typos: Phrases
    dotted_words: Phrases
    unspaced_phrases: Phrases = []
    misspelt_plans: Phrases = []


class SentenceCues(_Strict):
    """``cues.yaml`` ``sentences``: read by :mod:`soket.extract.sentences`."""

    abbreviations: Phrases


class CuesLexicon(_Strict):
    """``cues.yaml``: one section per step of the extractor, and the example sentences."""

    sentences: SentenceCues
    quantities: QuantityCues
    roles: RoleCues
    subjects: SubjectCues
    facts: FactCues
    repair: RepairCues
    examples: list[LexiconExample] = []


class SessionGrammar(_Strict):
    """The words of a session's number (bodies.yaml ``session_grammar``), one word each."""

    times: str
    ordinal: str


class BodiesLexicon(_Strict):
    examples: list[LexiconExample] = []
    session_grammar: SessionGrammar
    meeting_nouns: Phrases
    opening_meeting_nouns: Phrases = []
    meeting_record_types: Phrases = []
    meeting_record_titles: Phrases = []
    review_verbs: Phrases = []
    result_verbs: Phrases = []
    kinds: dict[str, Phrases]
    party_committees: Phrases
    party_not_before: Phrases = []
    member_ranks: Phrases = []
    party_of_organ: Phrases = []
    committee_unit: dict[str, str]
    unit_words: dict[str, str]
    not_unit_after: Phrases
    former_marks: Phrases = []
    member_of_committee: Phrases = []
    term_words: Phrases = []
    name_not_open: Phrases = []
    season_leads: Phrases = []
    addressee_leads: Phrases = []
    locality_bodies: Phrases
    council_meeting: Phrases
    council_bodies: Phrases
    session_nouns: Phrases
    session_not_of: Phrases
    session_term_words: Phrases = []
    session_span_nouns: Phrases = []
    session_not_after: Phrases
    session_not_after_not: Phrases = []
    session_submitted_to: Phrases = []
    party_conference_nouns: Phrases = []
    submitted_to: Phrases = []
    submitted_at: Phrases = []
    others_joined: Phrases = []
    province_unit_words: Phrases = []
    venue_nouns: Phrases
    venue_ends: Phrases = []
    directing_leads: Phrases = []
    reporter_before: Phrases = []
    joint_meeting: Phrases
    joint_link: Phrases
    list_not_after: Phrases = []
    joint_partner: Phrases
    congress_nouns: Phrases
    congress_not_after: Phrases
    congress_greeted: Phrases = []
    congress_attended: Phrases = []


class TitlesLexicon(_Strict):
    examples: list[LexiconExample] = []
    titles: Phrases
    title_prefixes: Phrases
    org_words: Phrases
    agency_nouns: Phrases
    org_joins: Phrases
    role_stop: Phrases
    honorifics: Phrases
    person_lead: Phrases
    chair_cues: Phrases
    chair_meeting_verbs: Phrases = []
    chair_meeting_parts: Phrases = []
    byline_leads: Phrases
    byline_prefixes: Phrases
    photo_leads: Phrases
    credit_tags: Phrases = []
    source_leads: Phrases
    byline_affiliations: Phrases
    byline_organisations: Phrases
    byline_outlet_words: Phrases = []
    byline_joins: Phrases
    credit_writing: Phrases = []
    credit_media: Phrases = []
    credit_word_joins: Phrases = []
    role_not_end: Phrases
    role_links: Phrases
    holder_links: Phrases = []
    role_anaphors: Phrases = []
    bare_titles: Phrases = []
    delegator_before: Phrases = []
    holder_copulas: Phrases = []
    shared_role_joins: Phrases
    chair_agent: Phrases
    address_words: Phrases
    plural_words: Phrases
    chair_verbs: Phrases
    chair_meetings: Phrases
    chair_list_verbs: Phrases
    chair_joined_before: Phrases
    co_chair: Phrases
    co_chair_joins: Phrases = []
    on_behalf_words: Phrases = []
    first_person_words: Phrases = []
    speech_verbs: Phrases = []
    not_chair_verbs: Phrases
    attending_openers: Phrases = []
    bridge_point_openers: Phrases = []
    surnames: Phrases
    middle_names: Phrases = []


class DateGrammar(_Strict):
    """The grammar words of written dates and periods, one word each (periods.yaml ``grammar``)."""

    day: str
    month: str
    year: str
    joint: str
    first: str
    last: str
    mid: str
    since: str
    since_lead: str
    number: str


class PeriodsLexicon(_Strict):
    examples: list[LexiconExample] = []
    grammar: DateGrammar
    review_cues: Phrases
    task_cues: Phrases
    month_review_cues: Phrases
    month_plan_cues: Phrases
    month_joins: Phrases = []
    plan_reviewed_after: Phrases = []
    year_plan_reviewed_after: Phrases = []
    resolution_year_nouns: Phrases = []
    settled_year_nouns: Phrases = []
    document_year_nouns: Phrases = []
    year_not_after: Phrases
    compared_before: Phrases
    same_period_before: Phrases = []
    year_plan_heads: Phrases = []
    term_closings: Phrases = []
    term_nouns: Phrases = []
    term_openings: Phrases = []
    term_opening_not_after: Phrases = []
    own_month_words: Phrases = []
    since_until: Phrases
    planned_close_words: Phrases = []
    close_words: Phrases = []
    days_run_words: Phrases = []
    days_past_words: Phrases = []
    day_span_held_verbs: Phrases = []
    open_words: Phrases = []
    open_day_leads: Phrases = []
    year_to_date_openers: Phrases = []
    plan_cue_not_after: Phrases = []
    month_figure_leads: Phrases = []
    summed_months_before: Phrases = []
    since_review_cues: Phrases
    plan_year_nouns: Phrases
    goal_year_verbs: Phrases = []
    planned_year_verbs: Phrases = []
    duration_before: Phrases
    running_total_before: Phrases
    remaining_after: Phrases
    remaining_year_before: Phrases = []
    duration_after: Phrases
    first_months_after: Phrases = []
    own_first_after: Phrases = []
    own_first_not_before: Phrases = []
    quarter_and_running: Phrases
    month_words: dict[str, int]
    quarter_words: Phrases
    quarters: dict[str, list[int]]
    half_year: Phrases
    mid_year_sessions: Phrases
    year_end_sessions: Phrases = []
    no_review_sessions: Phrases
    monthly_meetings: Phrases
    monthly_meeting_topics: Phrases = []
    time_patterns: Phrases
    time_words: Phrases
    day_cues: Phrases
    day_words: Phrases
    day_relative: Phrases
    weekdays: Phrases = []
    day_ordinals: Phrases = []
    cumulative_to: Phrases = []
    relative_day_cues: Phrases
    days_back: dict[str, int]
    not_day_after: Phrases
    day_span_until: Phrases
    term_words: Phrases
    week_words: Phrases = []
    past_year_words: Phrases = []
    past_years_many: Phrases = []
    plan_review_heads: Phrases = []
    year_review_bare: Phrases = []
    year_review_bare_joins: Phrases = []
    term_reviews: Phrases = []
    years_review_leads: Phrases = []
    years_review_nouns: Phrases = []
    occasion_words: Phrases = []


class Publisher(_Strict):
    province: str
    names: Phrases
    hosts: Phrases
    codes: Phrases
    example: str


class PublisherExample(_Strict):
    """A page opening (and its host) that :func:`soket.extract.context.publication_context`
    places in ``province`` because of the entries it ``covers``."""

    covers: dict[str, list[str]]
    text: str
    host: str | None = None
    province: str


class PublishersLexicon(_Strict):
    examples: list[PublisherExample] = []
    publisher_nouns: Phrases
    province_units: Phrases
    host_prefixes: Phrases
    host_suffixes: Phrases
    owner_leads: Phrases = []
    publishers: list[Publisher]


class SectionsLexicon(_Strict):
    examples: list[LexiconExample] = []
    task_openers: Phrases
    directives: Phrases = []  # task openers that open tasks wherever they stand in the sentence
    task_verbs: Phrases
    limitation_cues: Phrases
    limitation_openers: Phrases


SCHEMAS.update({"units": UnitsLexicon, "numbers": NumbersLexicon, "cues": CuesLexicon, "bodies": BodiesLexicon,
                "titles": TitlesLexicon, "periods": PeriodsLexicon, "sections": SectionsLexicon,
                "publishers": PublishersLexicon})

# --- the indicator taxonomy, the batch pre-filter, the drafted review's words ---------------------


class IndicatorRule(_Strict):
    subject: str
    unit: str | None = None
    exclude: list[str] = []


class IndicatorEntry(_Strict):
    key: str
    label: str
    label_en: str  # the English label (issue 15: labels in both languages)
    unit: str | None = None
    rules: list[IndicatorRule] = []


class IndicatorsLexicon(_Strict):
    indicators: list[IndicatorEntry]


class FilterExamples(_Strict):
    keep: list[str] = []
    skip: list[str] = []


class FilterCueExample(_Strict):
    """A text the pre-filter keeps because of the cues it ``covers``: without them (blanked out) the
    cue's group is the one missing."""

    covers: dict[str, list[str]]
    text: str


class BatchFilterLexicon(_Strict):
    """Schema of ``batch_filter.yaml``: named groups of literal cues, and examples tests run."""

    groups: dict[str, list[str]]
    examples: FilterExamples = FilterExamples()
    cue_examples: list[FilterCueExample] = []

    @field_validator("groups")
    @classmethod
    def _non_empty(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if not v:
            raise ValueError("at least one cue group is needed")
        for name, cues in v.items():
            if not cues or any(not c.strip() for c in cues):
                raise ValueError(f"group {name!r} has no cues or an empty cue")
        return v


class ReportField(_Strict):
    key: str
    title: str
    indicators: list[str] = []
    subject_words: list[str] = []


class ReportSections(_Strict):
    results: str
    limitations: str
    tasks: str
    table: str
    charts: str
    sources: str


class Letterhead(_Strict):
    """The heading and closing of one body's report (``{COMMITTEE}``, ``{LOCALITY}``, ``{KIND}``,
    ``{PROVINCE}``, ``{abbr}`` filled in)."""

    parent: str
    body: list[str]
    mark: str
    number: str
    motto: list[str]
    recipients: list[str]
    signature: list[str]


class ReportLayout(_Strict):
    draft_mark: str
    place_date: str
    recipients_title: str
    party_committee: Letterhead
    peoples_committee: Letterhead
    peoples_council: Letterhead
    committees: dict[str, str]  # locality kind → its Party committee ("huyện" → "HUYỆN ỦY")
    abbrs: dict[str, str]  # committee → the abbreviation of its document numbers

    def letterhead(self, body_kind: str | None) -> Letterhead:
        """The letterhead of ``body_kind`` (a people's committee's for any other)."""
        if body_kind == "party_committee":
            return self.party_committee
        return self.peoples_council if body_kind == "peoples_council" else self.peoples_committee


class SentenceTemplates(_Strict):
    amount: str
    amount_estimated: str
    amount_copula: str
    amount_estimated_copula: str
    count_exists: str
    estimated: str
    lead_pct: str
    percent_lead: str
    percent_copula: str
    percent_falling: str
    growth: str
    plan_pct: str
    plan_diff_up: str
    plan_diff_down: str
    change_up: str
    change_down: str
    change_up_bare: str
    change_down_bare: str
    prior_pct: str
    percent: str
    target: str
    target_count: str
    target_falling: str
    default_plan: str
    default_basis: str
    default_subject: str
    joiner: str


class GrammarWords(_Strict):
    count_prefixes: list[str]
    verb_in_subject: list[str]
    falling_subjects: list[str]
    growth_subjects: list[str]
    completions: list[str]
    dangling: list[str]


class EmptyTexts(_Strict):
    results: str
    field: str
    limitations: str
    tasks: str
    charts: str


class TableWords(_Strict):
    indicator: str
    value: str
    change: str
    plan: str
    implied: str
    rank: str
    notes: str
    rank_text: str
    derived_note: str


class ChartWords(_Strict):
    title: str
    title_localities: str
    axis_period: str


class ReportTemplates(_Strict):
    title: str
    heading: str
    province_suffix: str
    intro: str
    sections: ReportSections
    layout: ReportLayout
    fields: list[ReportField]
    sentence: SentenceTemplates
    grammar: GrammarWords
    qualifiers: dict[str, str]  # a fact's qualifier (over, nearly, about, under) → its word
    subject_prefixes: list[str]
    target_cues: list[str]
    empty: EmptyTexts
    table: TableWords
    chart: ChartWords
    footnote: str
    footnote_number: str
    footnote_date: str
    footnote_again: str
    footnote_disagree: str
    generated: str


SCHEMAS.update({"indicators": IndicatorsLexicon, "batch_filter": BatchFilterLexicon,
                "report_templates": ReportTemplates})


def validate(name: str, data: Any) -> BaseModel:
    """``data`` checked against the schema of lexicon ``name``, as that model."""
    return SCHEMAS[name].model_validate(data)


# --- labels for readers in Vietnamese and English (labels.yaml; soket.lexicon.labels) -------------


class Bilingual(_Strict):
    vi: str
    en: str


class LabelsLexicon(_Strict):
    roles: dict[str, Bilingual]
    bodies: dict[str, Bilingual]
    qualifiers: dict[str, Bilingual]
    levels: dict[str, Bilingual]
    units: dict[str, Bilingual]
    periods: dict[str, Bilingual]
    period_kinds: dict[str, Bilingual]
    columns: dict[str, Bilingual]
    chrome: dict[str, Bilingual]
    record_notes: dict[str, Bilingual] = {}


SCHEMAS["labels"] = LabelsLexicon
