//! Quotations attributed through the whole pipeline (the entities read the names the clauses
//! point to), on texts of the shapes news articles have.
//! See: #10

use chancery_clean::clean_text;
use chancery_extract::{Context, extract};

/// `speaker | first words` of every quotation of `text`.
fn quotes(text: &str) -> Vec<String> {
    let doc = extract(clean_text(text), &Context::default());
    doc.quotes
        .iter()
        .map(|q| {
            let words: Vec<&str> = q.span.slice(&doc.text).split_whitespace().take(3).collect();
            format!(
                "{} | {}",
                q.speaker.as_deref().unwrap_or("-"),
                words.join(" ")
            )
        })
        .collect()
}

#[test]
fn a_clause_inside_the_quotation_names_its_speaker() {
    // The reporting clause between two dashes inside «…», its subject after an aside and a
    // name in quotation marks; then commentators named by a common noun.
    let text = "Эксперты о переговорах\n\n\
        «В связи с нормализацией отношений с Турцией это может говорить о многом, — отметил в беседе с RT эксперт фонда «Народная дипломатия» Владимир Киреев. — В целом у нас отношения восстановлены».\n\n\
        Армения, по словам эксперта, не готова отказаться от Карабаха.\n\n\
        «Азербайджан воспринимает этот вопрос крайне болезненно для себя», — подчёркивает политолог.\n\n\
        По мнению директора бюро «Стратегические коммуникации» Андрея Васильева, прорыва ждать нельзя.\n\n\
        «Усилия российской дипломатии сегодня направлены на поддержание статус-кво», — утверждает эксперт.";
    assert_eq!(
        quotes(text),
        [
            "Vladimir Kireyev | В связи с",
            "Vladimir Kireyev | Азербайджан воспринимает этот",
            "Andrei Vasilyev | Усилия российской дипломатии",
        ]
    );
}

#[test]
fn an_interrupting_clause_in_french_and_an_anonymous_source() {
    let text = "Négociations\n\n\
        Le ministre Jean-Noël Barrot est arrivé à Genève.\n\n\
        « Nous ne renoncerons pas, a-t-il déclaré, à la voie du dialogue avec nos partenaires. »\n\n\
        « Les discussions ont été difficiles et nous restons prudents », a indiqué une source diplomatique.";
    assert_eq!(
        quotes(text),
        [
            "Jean-Noël Barrot | Nous ne renoncerons",
            "- | Les discussions ont"
        ]
    );
}

#[test]
fn a_role_named_by_a_country_adjective_is_its_holder() {
    let text = "Визит\n\n\
        О своём желании посетить Армению заявил министр иностранных дел России Сергей Лавров.\n\n\
        «Будем говорить о региональной и международной проблематике, мы постараемся понять многое», — заявил глава российского МИД.";
    assert_eq!(quotes(text), ["Sergey Lavrov | Будем говорить о"]);
}

#[test]
fn the_expert_an_according_phrase_names_is_the_commentator_quoted_before() {
    // "По словам эксперта, … : «…»" after a photo caption naming someone else: the expert is
    // the one a commentator's noun introduced, not the name of the caption.
    let text = "Визит Лаврова\n\n\
        «Можно ожидать, что во время визитов в Баку и Ереван будет поднята тема противостояния», — считает эксперт фонда «Народная дипломатия» Владимир Киреев.\n\n\
        Cергей Лавров\n\n\
        По словам эксперта, предложенный казанский вариант — наиболее рабочая версия: «передача части территорий послужит отправной точкой для переговоров».";
    assert_eq!(
        quotes(text),
        [
            "Vladimir Kireyev | Можно ожидать, что",
            "Vladimir Kireyev | передача части территорий",
        ]
    );
}

#[test]
fn names_with_particles_and_titles_that_point_back() {
    // A surname after name particles is the subject of the verb; a title noun alone points
    // back to the person the text gave that title, not to the one named last.
    let text = "Réactions\n\n\
        Agnès von der Mühll a indiqué que « la France condamne fermement cette attaque ».\n\n\
        Le président ukrainien Volodymyr Zelensky a reçu Antony Blinken lundi. « Nous sommes reconnaissants à nos partenaires américains », a déclaré le président.";
    assert_eq!(
        quotes(text),
        [
            "Agnès von der Mühll | la France condamne",
            "Volodymyr Zelensky | Nous sommes reconnaissants",
        ]
    );
    let text = "Talks in Kyiv\n\n\
        President Zelensky met Secretary Blinken on Monday. \"We are grateful to all our partners,\" the president said.";
    assert_eq!(quotes(text), ["Volodymyr Zelensky | We are grateful"]);
    let text = "Visite\n\n\
        Volodymyr Zelensky, le président ukrainien, a reçu Antony Blinken lundi. « Nous sommes reconnaissants à nos partenaires américains », a déclaré le président.";
    assert_eq!(
        quotes(text),
        ["Volodymyr Zelensky | Nous sommes reconnaissants"]
    );
}

#[test]
fn clitic_and_reflexive_auxiliaries_and_a_parenthesis_after_the_subject() {
    let text = "Débat\n\n\
        Jean-Yves Le Drian l'a dit : « la France restera aux côtés du Mali ».\n\n\
        La députée Carole Grandjean (La République en marche, LREM) s'est pour sa part félicitée que « l'Europe paie ses vaccins moins cher ».\n\n\
        Pierre Martin s'est dit « très préoccupé par la situation au Sahel ».";
    assert_eq!(
        quotes(text),
        [
            "Jean-Yves Le Drian | la France restera",
            "Carole Grandjean | l'Europe paie ses",
            "Pierre Martin | très préoccupé par",
        ]
    );
}

#[test]
fn an_organisation_described_points_back_to_the_one_its_words_fit() {
    // "L'organisation européenne" is the chamber, not the agency named since; "la Chambre" alone
    // is that chamber.
    let text = "Chine\n\n\
        La Chambre de commerce européenne en Chine a publié son rapport annuel mercredi.\n\n\
        Le président de la Chambre, Pierre Durand, cité par l’Agence France-Presse, a regretté la situation. \
        L’organisation européenne fustige l’accélération des transferts de technologies : les constructeurs européens de voitures électriques, dont la Chine est le premier marché mondial, « font face à d’intenses pressions pour céder leurs technologies les plus avancées », en contrepartie.";
    assert_eq!(
        quotes(text),
        ["Chambre de commerce européenne | font face à"]
    );
}

#[test]
fn a_pronoun_means_the_subject_not_a_name_after_a_preposition() {
    let text = "Visite\n\n\
        M. Zelensky doit se rendre jeudi à Paris, où il sera reçu par le président Emmanuel Macron. \
        « Nous comptons sur la France dans cette guerre », a-t-il déclaré.";
    assert_eq!(quotes(text), ["Volodymyr Zelensky | Nous comptons sur"]);
}

#[test]
fn a_role_goes_to_no_one_the_text_names_as_another_states() {
    let text = "Plan\n\n\
        Israeli Prime Minister Benjamin Netanyahu presented the plan on Tuesday. \
        \"This map cannot be accepted by our people,\" the Palestinian President said.";
    assert_eq!(quotes(text), ["- | This map cannot"]);
}

#[test]
fn a_dispatchs_agency_is_no_quotation_speaker() {
    // The agency in the dateline reports; a statement the sentence names is not its own.
    let text = "Visite\n\n\
        PARIS, 3 mars 2024 (AFP) - Narendra Modi se réjouit de sa visite, selon un communiqué qui évoque « un partenariat stratégique renforcé ».";
    assert_eq!(quotes(text), ["- | un partenariat stratégique"]);
}

#[test]
fn the_author_of_a_text_an_according_phrase_names_speaks() {
    let text = "Title\n\nAccording to reports from the DPRK side, a friendship group arrived in China yesterday.\n\nAccording to a statement by the Russian Foreign Ministry, the talks failed.\n";
    let doc = extract(clean_text(text), &Context::default());
    let names: Vec<(&str, Option<&str>)> = doc
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.actor.as_deref()))
        .collect();
    assert!(names.contains(&("North Korea", Some("PRK"))), "{names:?}");
    assert!(
        names
            .iter()
            .any(|(n, _)| *n == "Ministry of Foreign Affairs of Russia"),
        "{names:?}"
    );
    // Whose view a sentence opens with is a person's only.
    let doc = extract(
        clean_text("Titre\n\nPour la France, la question est réglée.\n"),
        &Context::default(),
    );
    assert!(doc.speakers.is_empty(), "{:?}", doc.speakers);
}

#[test]
fn a_spokesperson_is_not_the_minister_named_before() {
    let text = "Le Quai d'Orsay réagit\n\n\
        Interrogé par France Inter, Jean-Noël Barrot a jugé « inacceptables » les propos du \
        Kremlin. « C'est une provocation inadmissible de la part de Moscou », a dénoncé le \
        porte-parole du Quai d'Orsay.";
    assert_eq!(quotes(text), ["- | C'est une provocation"]);
}

#[test]
fn a_description_of_several_words_after_the_quotation_frames_it() {
    // An article, a title and its complement: a clause of speech, its speaker unnamed.
    let text = "Paris reacts\n\n\
        Antony Blinken met Sergey Lavrov in Geneva.\n\n\
        \"This is an unacceptable provocation by Moscow,\" a spokesperson for the French foreign \
        ministry said.";
    assert_eq!(quotes(text), ["- | This is an"]);
}

#[test]
fn an_object_pronoun_before_the_verb_and_the_answer_after_a_closed_question() {
    // "я его спросил": the object pronoun is no subject, the first person is the turn's
    // speaker; "Он ответил" after the question that ends its sentence opens the answer.
    let text = "Пресс-конференция\n\n\
        Э.Блэр: Добрый день.\n\n\
        В.Путин: Мы сегодня, конечно, обсуждали с господином Премьер-министром эту проблему, и я его спросил: «Что Вы думаете по этому поводу? Это начало конца?» Он ответил, что это не так.";
    assert_eq!(quotes(text), ["Vladimir Putin | Что Вы думаете"]);
}

#[test]
fn a_capitalised_pronoun_after_a_label_in_capitals_is_no_part_of_a_name() {
    // (The pronoun points back to someone; the label's surname does not join it: no "SALAME Il".)
    let text = "Débat\n\n\
        Il y a des propositions. LEA SALAME Il dit même : \"Il faut aller à la VIème République maintenant et sans attendre\".";
    let got = quotes(text);
    assert!(got.iter().all(|q| !q.contains("SALAME Il")), "{got:?}");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_body_described_by_its_state_speaks_not_its_minister() {
    let text = "Pourparlers à Abou Dhabi\n\n\
        Les délégations ukrainienne et russe se sont rencontrées vendredi à Abou Dhabi pour un deuxième cycle de pourparlers.\n\n\
        Le ministère russe des affaires étrangères a affirmé que « la partie ukrainienne poursuit ses provocations contre les civils ».";
    assert_eq!(
        quotes(text),
        ["Ministry of Foreign Affairs of Russia | la partie ukrainienne"]
    );
    let text = "Talks in Abu Dhabi\n\n\
        Ukrainian and Russian delegations met in Abu Dhabi on Friday for a second round of talks.\n\n\
        The Russian foreign ministry said \"the Ukrainian side continues its provocations against civilians.\"";
    assert_eq!(
        quotes(text),
        ["Ministry of Foreign Affairs of Russia | the Ukrainian side"]
    );
}

#[test]
fn a_role_of_one_state_is_no_one_of_another() {
    let text = "Macron au Mali\n\n\
        Le président français Emmanuel Macron s'est rendu jeudi à Bamako pour des entretiens avec les autorités de transition.\n\n\
        « Nous ne partirons pas sans un accord », a déclaré Emmanuel Macron.\n\n\
        « La souveraineté du Mali n'est pas négociable », a répondu le président malien.";
    let got = quotes(text);
    assert_eq!(got[0], "Emmanuel Macron | Nous ne partirons");
    assert!(!got[1].starts_with("Emmanuel Macron"), "{got:?}");
}

#[test]
fn whose_view_a_sentence_opens_with_may_be_a_state_or_a_known_surname() {
    let text = "Moscou et l'Occident\n\n\
        Olaf Scholz est arrivé à Paris lundi.\n\n\
        Pour Moscou, « l'Occident a échoué dans cette affaire ».\n\n\
        Pour Scholz, « tout reste à faire entre nous ».";
    assert_eq!(
        quotes(text),
        ["Moscow | l'Occident a échoué", "Olaf Scholz | tout reste à"]
    );
}

#[test]
fn a_press_service_or_a_report_speaks_for_the_body_it_names() {
    // After its noun (Russian, French, English) or before it (English), in the clause before
    // the quotation or after it.
    assert_eq!(
        quotes(
            "Переговоры\n\nКак сообщили в пресс-службе Кремля, «стороны обсудили широкий круг вопросов двусторонней повестки»."
        ),
        ["Kremlin | стороны обсудили широкий"]
    );
    assert_eq!(
        quotes(
            "Pourparlers\n\nSelon le service de presse du Kremlin, « les deux dirigeants ont évoqué un large éventail de questions »."
        ),
        ["Kremlin | les deux dirigeants"]
    );
    assert_eq!(
        quotes(
            "Talks\n\nThe Kremlin press service said the two presidents \"discussed a wide range of bilateral issues\"."
        ),
        ["Kremlin | discussed a wide"]
    );
    assert_eq!(
        quotes(
            "Report\n\nA UN report said the situation was \"catastrophic for millions of civilians in the besieged areas\"."
        ),
        ["United Nations | catastrophic for millions"]
    );
}

#[test]
fn a_body_followed_by_its_state_is_the_body() {
    let doc = extract(
        clean_text(
            "Переговоры\n\nВ Госдепартаменте США назвали этот шаг «серьезной ошибкой, которая подорвет стабильность».",
        ),
        &Context::default(),
    );
    let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["United States Department of State"]);
}

#[test]
fn a_subject_after_its_verb_ends_before_a_phrase_that_names_someone_else() {
    // The speaker named right after the verb, then a phrase of where and with whom: a role of
    // the other person, or the other's name, is not the subject.
    let text = "Talks in Kyiv\n\n\
        \"We stand with Ukraine,\" said Antony Blinken during a news conference with Ukrainian Foreign Minister Dmytro Kuleba.\n\n\
        « Nous soutenons l'Ukraine », a déclaré Jean-Noël Barrot lors d'une conférence de presse avec son homologue ukrainien Dmytro Kouleba.\n\n\
        «Мы поддерживаем Белоруссию», — подчеркнул Сергей Лавров на пресс-конференции по итогам переговоров с Александром Лукашенко.\n\n\
        \"The aid will continue,\" said Sergei Lavrov's spokeswoman Maria Zakharova.";
    assert_eq!(
        quotes(text),
        [
            "Antony Blinken | We stand with",
            "Jean-Noël Barrot | Nous soutenons l'Ukraine",
            "Sergey Lavrov | Мы поддерживаем Белоруссию",
            "Maria Zakharova | The aid will",
        ]
    );
}

#[test]
fn three_words_that_end_the_object_clause_of_a_verb_of_speech_are_a_quotation() {
    // Three words are a label in quotation marks mostly; after "что", "que" (and the clause's
    // subject), closing the sentence, they are the speaker's words.
    let text = "Переговоры в Минске\n\n\
        Сергей Лавров заявил во вторник, что Москва «будет поддерживать Минск».\n\n\
        Dmytro Kouleba a estimé que « l'aide doit continuer ».\n\n\
        Официальные лица обсудили проект «Северный поток два» и другие вопросы.";
    assert_eq!(
        quotes(text),
        [
            "Sergey Lavrov | будет поддерживать Минск",
            "Dmytro Kuleba | l'aide doit continuer",
        ]
    );
}

#[test]
fn a_short_sentence_a_pronoun_clause_frames_is_a_quotation() {
    // Three words, a whole sentence, a clause after it whose subject is a pronoun: the person
    // the one-sentence paragraph before named speaks.
    let text = "Визит в Минск\n\n\
        Министр иностранных дел России Сергей Лавров прибыл в Минск во вторник.\n\n\
        «Мы поддерживаем Белоруссию», — сказал он.";
    assert_eq!(quotes(text), ["Sergey Lavrov | Мы поддерживаем Белоруссию"]);
}

#[test]
fn the_name_before_the_medium_that_ends_a_clause_is_the_one_quoted() {
    let text = "Визит в Минск\n\n\
        «Мы поддерживаем Белоруссию и будем поддерживать», — цитирует Лаврова РИА Новости.\n\n\
        «Мы рассчитываем на продолжение консультаций с партнерами», — приводит слова Марии Захаровой ТАСС.\n\n\
        «Переговоры продолжатся на следующей неделе в Женеве», — сообщил ТАСС источник.";
    assert_eq!(
        quotes(text),
        [
            "Sergey Lavrov | Мы поддерживаем Белоруссию",
            "Maria Zakharova | Мы рассчитываем на",
            "- | Переговоры продолжатся на",
        ]
    );
}

#[test]
fn a_phrase_pointing_back_to_the_quotation_opens_its_reporting_clause() {
    for (text, speaker) in [
        (
            "Visite à Kiev\n\n« Nous soutenons l'Ukraine. » C'est ce qu'a déclaré Jean-Noël Barrot mardi à Kiev.",
            "Jean-Noël Barrot",
        ),
        (
            "Визит в Минск\n\n«Мы поддерживаем Белоруссию и будем поддерживать», — об этом заявил Сергей Лавров во вторник.",
            "Sergey Lavrov",
        ),
        (
            "Визит в Минск\n\n«Мы поддерживаем Белоруссию и будем поддерживать». Об этом заявил министр иностранных дел России Сергей Лавров.",
            "Sergey Lavrov",
        ),
        (
            "Kyiv visit\n\n\"We will keep supporting Ukraine for as long as it takes.\" That is what Antony Blinken told reporters on Tuesday.",
            "Antony Blinken",
        ),
    ] {
        let got = quotes(text);
        assert!(
            got.first().is_some_and(|q| q.starts_with(speaker)),
            "{text}: {got:?}"
        );
    }
}

/// "peut-on lire dans un communiqué de X", "lit-on dans": an impersonal phrase after the
/// quotation names the statement's author.
#[test]
fn one_reads_in_a_statement_of_its_author() {
    for text in [
        "Attaque\n\nPARIS, 3 mars 2021 — Les responsables se sont réunis mercredi pour discuter de la situation.\n\n« La France condamne fermement cette attaque », peut-on lire dans un communiqué de l'Élysée.",
        "Attaque\n\nPARIS, 3 mars 2021 — Les responsables se sont réunis mercredi pour discuter de la situation.\n\n« La France condamne fermement cette attaque », lit-on dans un communiqué de l'Élysée.",
    ] {
        let got = quotes(text);
        assert_eq!(got, ["Élysée Palace | La France condamne"], "{text}");
    }
}
