"""Press-release extraction: German texts in, proposals (actors and relations, each with its
evidence sentence, span and confidence) out. Rule-based (patterns and gazetteers) with a small
learned relation classifier on top; offline.

    document.py   txt / md / html → plain text, title and date
    sentences.py  plain text → sentences with character spans
    tokens.py     words and punctuation with their offsets
    lexicon.py    gazetteers: institution heads, legal forms, roles, cue words
    inflection.py inflected names and gender forms → base form, comparison key
    heads.py      what a word says: head words of actors, roles, territorial bodies, name words
    mention.py    the Mention value (one actor named in a sentence)
    mentions.py   organisation, funder and project mentions in a sentence
    name_growth.py / complements.py  how far a name reaches right of its head ('für …', genitives)
    bodies.py     territorial bodies by name (Land X, Vogelsbergkreis, 'die Städte A und B')
    not_actors.py head words that start no actor here (plurals, people, programme modifiers)
    quoted.py     project names in quotes („…“, "…", ‚…‘, »…«)
    legal_names.py  names that end in a legal form (e.V., gGmbH, AöR)
    owners.py     owners named inside a name ('… des Diakonischen Werkes X') as actors of their own
    people.py     people with role and organisation
    entities.py   mentions → one entity per actor ('das Jobcenter', acronyms, inflected spellings)
    sentence_view.py  a sentence with its actors (Item, SentenceView) and a found relation
    relations.py  COOPERATES_WITH, FUNDS, RUNS, MEMBER_OF from cue phrases
    carriers.py   Trägerschaft, projects owned in the genitive, partner lists
    groups.py     groups ('die Partner', 'die Träger der …', 'das Team') as their members
    implicit.py   possessives, parts taken on, organisations that fund, cooperation projects
    contacts.py   the press-contact block: a bare name there belongs to the body the block names
    pronouns.py / affiliations.py  sentence-initial pronouns by gender; a person's implied body
    agents.py / active_funding.py / lies_with.py  who funds or runs in passives, active funding, 'liegt bei'
    document_relations.py  every sentence's relations, resolved against the sentences before it
    proposals.py  the proposal values, `rule_state` (the rules' findings) and `extract_document`
    pair_features.py / anchor_features.py / relation_model.py / learned_relations.py  a learned
                  relation classifier over pairs of actors in a sentence and over an actor and the
                  document's issuer or topic where the sentence does not name them; it adds the
                  relations the rules missed and drops rule relations it finds very unlikely
                  (weights: relation_weights.json; train.py rebuilds them and cross-validates)
    matching.py   proposals → existing actors (alias or normalised name)
    gold.py / evaluation.py   gold annotations and precision / recall / F1
    drafts.py     drafts kept as store records; accept / reject into the graph
"""
