"""Positive (confidential) templates, French-Canadian."""
import datetime as _dt

import gen_common as C
import gen_docs as D
import gen_mime as M
import gen_tpl as T

L = "fr"


def _ext(c, *roles):
    pool = [e for e in C.EXT_STAFF if e[2] in roles or e[3] in roles] or C.EXT_STAFF
    e = c.choice(pool)
    return e, (f"{e[0]} {e[1]}", C.ext_addr(e))


def _me(c, role):
    st = c.staff(role)
    return st, c.who(st, L)


# 1 ---------------------------------------------------------------------------
def referral(c):
    r = c.rng
    p = c.pf.holder("adult")
    m = T.new("referral", L, True, "référence hôpital vers SAD palliatif", r)
    e, frm = _ext(c, "infirmière de liaison", "infirmier de liaison")
    m.frm = frm
    m.to = [("Guichet SAD palliatif", f"guichet@{C.ORG_DOMAIN}")]
    as_pdf = c.chance(0.5)
    ident = T.id_block(m, p, r, ascii_only=as_pdf)
    body_lines = ident + [
        f"Adresse : {T.addr(m, p)}",
        f"Tél. domicile : {T.tel(m, p)}",
        "",
        f"Dx principal : {T.dx(m, p)}",
        f"PPS : {p.pps} %   Niveau de soins : {c.choice(['C', 'D'])}",
        "Médication au départ :",
    ] + [f"  - {x}" for x in T.meds(m, p)] + [
        "",
        f"Contexte social : {T.social(m, p.social)}",
        f"Personne-ressource : {p.carer[0]} ({p.carer[1]}), {p.carer[3]}",
    ]
    date_dep = c.day(c.choice([1, 2, 3]))
    intro = (f"{T.greeting(L, r)}\n\nVoici une nouvelle demande de suivi palliatif à domicile. "
             f"Congé prévu le {c.dstr(date_dep, L)}, première visite infirmière souhaitée dans les 48 h "
             f"(pompe s.c. à installer au besoin).")
    if not as_pdf:
        m.subject = f"Référence SAD palliatif - {p.surname.upper()} {p.given}"
        m.names.append(p.surname)
        m.text = intro + "\n\n" + "\n".join(body_lines) + f"\n\n{T.sign_off(L, r)}\n{e[0]} {e[1]}\n{e[2]}, {e[4]}\n"
    else:
        m.subject = c.choice(["Nouvelle référence soins palliatifs", "Référence SAD - congé cette semaine",
                              "Demande de services palliatifs à domicile"])
        fn = c.choice([f"Reference_SAD_{p.surname}_{p.given}.pdf", "reference_SAD.pdf",
                       f"Référence {p.surname.upper()}.pdf"])
        data = D.pdf("Demande de services — soins palliatifs à domicile", [
            f"## Établissement demandeur : {e[4]}", ""] + body_lines + ["", f"Référent : {e[0]} {e[1]}, {e[2]}"],
            header="Formulaire AH-SPAD-01", compress=c.chance(0.5))
        m.atts.append(T.att(fn, "application/pdf", data))
        m.text = intro + "\n\nLe formulaire complété est en pièce jointe.\n\n" + \
            f"{T.sign_off(L, r)}\n{e[0]} {e[1]}\n{e[2]} — {e[4]}\nTél. {C.HOSP['hsb'][2]}\n"
    return m


# 2 ---------------------------------------------------------------------------
def visit_note(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("visit_note", L, True, "note rapide après visite à domicile", r)
    st, me = _me(c, "rn")
    md = c.staff("md")
    m.frm = me
    m.to = [c.who(md, L)]
    who = T.name(m, p, c.choice(["title_sur", "title_full", "lower", "sur_first"]), r)
    m.subject = c.choice([f"Visite {who} ce matin", "visite de ce matin", f"{p.surname} - suivi",
                          "Question rapide - ajustement analgésie"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    s = T.sympt(m, p)
    md1 = T.med(m, p.meds[0])
    m.text = (f"{T.greeting(L, r, md.title_fr + ' ' + md.surname)}\n\n"
              f"Vu {who} à domicile ce matin. {T.cap(s)}. "
              f"Prend actuellement {md1}. {c.choice(['Utilise 5-6 entredoses/24 h.', 'Famille rapporte peu de sommeil.', 'Signes vitaux stables, afébrile.'])}\n"
              f"PPS estimé {p.pps} %. Dx connu : {T.dx(m, p, short=True)}.\n\n"
              f"Serait-il possible d'ajuster {c.choice(['la dose régulière', 'les entredoses', 'le laxatif'])} ? "
              f"Je repasse {c.choice(['demain PM', 'jeudi', 'lundi matin'])}.\n\n"
              f"{T.sign_off(L, r)}\n{C.signature(st, L, r, short=c.chance(0.5))}\n")
    return m


# 3 ---------------------------------------------------------------------------
def night_handover(c):
    r = c.rng
    m = T.new("handover", L, True, "relève de garde de nuit avec liste des appels", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["Relève de garde nuit", "Rapport de garde - nuit de dimanche",
                          "Garde 16h-8h : appels reçus"])
    rows, n = [], c.choice([3, 4, 5])
    for i in range(n):
        p = c.pf.plain()
        nm = T.name(m, p, c.choice(["upper_comma", "sur_first", "title_sur", "initial_upper"]), r)
        prob = T.sympt(m, p)
        act = c.choice([f"entredose de {T.med(m, c.choice(C.MEDS))} donnée par la famille",
                        "visite à domicile 2h15, repositionnement", "conseils téléphoniques, rappel au matin",
                        f"ajout {T.med(m, C.MEDS[5])} par Dre de garde",
                        "pompe en occlusion, cathéter s.c. changé"])
        rows.append((f"{c.choice(['00h40', '01h55', '03h10', '04h25', '05h50', '22h30', '23h15'])}",
                     nm, C.CITIES[r.randrange(len(C.CITIES))][0], prob, act))
    if c.chance(0.5):
        m.html = ("<p>Bonjour l'équipe,</p><p>Voici les appels de la nuit :</p>" +
                  M.html_table(["Heure", "Usager", "Secteur", "Motif", "Intervention"], rows) +
                  f"<p>Bonne journée,<br>{st.full}<br>{st.role_fr}, garde SAD</p>")
        m.form = c.choice(["html", "alt"])
        m.text = ("Bonjour l'équipe,\n\nVoici les appels de la nuit :\n\n" +
                  M.text_table(["Heure", "Usager", "Secteur", "Motif", "Intervention"], rows) +
                  f"\n\nBonne journée,\n{st.full}\n")
    else:
        m.text = "Bonjour,\n\nAppels de garde :\n\n" + "\n".join(
            f"- {a} {b} ({cc}) : {d}. -> {e}" for a, b, cc, d, e in rows) + \
            f"\n\nRien d'autre à signaler.\n{st.given}\n"
    return m


# 4 ---------------------------------------------------------------------------
def pump_request(c):
    r = c.rng
    p = c.pf.holder()
    m = T.new("pump_delivery", L, True, "demande de pompe s.c. et cassette à la pharmacie", r)
    st, me = _me(c, "rn")
    ph = c.choice(C.PHARM[:2])
    m.frm = me
    m.to = [(ph[0], f"labo@{ph[1]}")]
    m.cc = [(C.PUMP_CO[0], f"service@{C.PUMP_CO[1]}")] if c.chance(0.5) else []
    pdrug = c.choice(C.PUMP_DRUGS)
    ident = T.id_inline(m, p, r)
    m.subject = c.choice(["Pompe CADD - livraison aujourd'hui SVP", "Demande cassette + pompe",
                          f"URGENT pompe s.c. {p.surname}"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    m.text = (f"{T.greeting(L, r)}\n\nPouvez-vous préparer une cassette et livrer une pompe CADD au domicile de :\n\n"
              f"{ident}\n{T.addr(m, p)}\nTél. : {T.tel(m, p)} (demander {p.carer[0]})\n\n"
              f"Ordonnance de la {c.choice(['Dre Vaillancourt', 'Dre Cournoyer', 'Dre Bensalem'])} ci-dessous :\n"
              f"  {T.med(m, pdrug)}\n\nDx : {T.dx(m, p, short=True)}. "
              f"{c.choice(['Je serai sur place à 15 h pour l’installation.', 'Livraison avant 16 h idéalement, la famille sera présente.'])}\n\n"
              f"{T.sign_off(L, r)}\n{C.signature(st, L, r)}\n\n{C.conf_notice(L)}\n")
    return m


# 5 ---------------------------------------------------------------------------
def prescription(c):
    r = c.rng
    p = c.pf.holder()
    m = T.new("prescription", L, True, "ordonnance transmise à la pharmacie communautaire", r)
    md = c.staff("md")
    ph = c.choice(C.PHARM[:2])
    m.frm = c.who(md, L)
    m.to = [(ph[0], f"ordonnances@{ph[1]}")]
    ident = T.id_block(m, p, r, ascii_only=True)
    meds = T.meds(m, p)
    lines = ident + [f"Adresse : {T.addr(m, p)}", "", "## Rx"] + [f"{i + 1}. {x}" for i, x in enumerate(meds)] + \
        ["", "Renouvellements : 2. Ne pas substituer : non.", "",
         f"Prescripteur : {md.title_fr} {md.full}, permis {r.randint(10000, 19999)}"]
    fn = c.choice([f"Rx_{p.surname}.pdf", "ordonnance.pdf", f"ordonnance {p.given} {p.surname}.pdf"])
    m.atts.append(T.att(fn, "application/pdf",
                        D.pdf("Ordonnance — soins palliatifs à domicile", lines, header=C.ORG_FR,
                              compress=c.chance(0.5))))
    m.subject = c.choice(["Ordonnance", "Rx à préparer - livraison demain", "Nouvelle ordonnance SAD palliatif"])
    m.text = (f"{T.greeting(L, r)}\n\nCi-joint une ordonnance pour {T.name(m, p, 'title_full', r)}. "
              f"{c.choice(['Livraison à domicile svp.', 'La famille passera la chercher en fin de journée.'])}\n"
              f"Original suivra par télécopieur au besoin.\n\n{T.sign_off(L, r)}\n{C.signature(md, L, r)}\n")
    return m


# 6 ---------------------------------------------------------------------------
def family_meeting_ics(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("family_meeting", L, True, "invitation à une rencontre familiale avec fichier ics", r)
    sw, me = _me(c, "sw")
    md = c.staff("md")
    rn = c.staff("rn")
    m.frm = me
    m.to = [c.who(md, L), c.who(rn, L)]
    d = c.day(c.choice([2, 3, 4, 6]))
    start = _dt.datetime(d.year, d.month, d.day, c.choice([10, 13, 14]), 0)
    nm = T.name(m, p, c.choice(["title_full", "full", "sur_first"]), r)
    dxs = T.dx(m, p, short=True)
    soc = T.social(m, p.social)
    desc = (f"Rencontre familiale au domicile de {nm} ({dxs}). Objectifs : niveau de soins, lieu de décès souhaité, "
            f"soutien à l'aidant. Contexte : {soc}.")
    loc = T.addr(m, p)
    m.atts.append(T.att("invitation.ics", "text/calendar",
                        text=D.ics(f"fm-{r.getrandbits(40):x}@{C.ORG_DOMAIN}", start, start + _dt.timedelta(hours=1),
                                   f"Rencontre familiale - {nm}", loc, desc, (sw.full, sw.addr()))))
    m.subject = c.choice([f"Rencontre familiale {p.surname}", "Invitation : rencontre familiale",
                          "Rencontre de famille - niveau de soins"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    m.text = (f"{T.greeting(L, r)}\n\nJe vous propose une rencontre avec {p.carer[1]} et la famille "
              f"le {c.dstr(d, L)} à {start.hour} h, au domicile. Invitation jointe.\n"
              f"{c.choice(['Merci de confirmer votre présence.', 'Dites-moi si l’heure ne convient pas.'])}\n\n"
              f"{C.signature(sw, L, r)}\n")
    return m


# 7 ---------------------------------------------------------------------------
def family_meeting_summary(c):
    r = c.rng
    p = c.pf.holder("old")
    m = T.new("family_meeting", L, True, "compte rendu de rencontre familiale en docx", r)
    sw, me = _me(c, "sw")
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    ident = T.id_block(m, p, r)
    paras = ident + [
        "## Présents",
        f"{p.carer[0]} ({p.carer[1]}), {sw.full} (TS), {c.staff('md').title_fr} {c.staff('md').surname}, "
        f"{c.staff('rn').full} (inf.)",
        "## Résumé",
        f"Diagnostic : {T.dx(m, p)}. Déclin fonctionnel important (PPS {p.pps} %).",
        f"L'usager souhaite demeurer à domicile jusqu'à la fin. Niveau de soins D confirmé, formulaire signé.",
        f"Situation psychosociale : {T.social(m, p.social)}.",
        f"Traitement actuel : {', '.join(T.meds(m, p, 2))}.",
        "## Plan",
        "Visites infirmières 3 x/semaine, aide à domicile AM, inscription au programme de bénévoles, "
        "relance du dossier de répit. Suivi de deuil anticipé offert.",
    ]
    fn = c.choice(["CR_rencontre_familiale.docx", f"Rencontre famille {p.surname}.docx",
                   f"Compte-rendu_{p.surname.upper()}_{p.given}.docx"])
    m.atts.append(T.att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        D.docx("Compte rendu — rencontre familiale", paras, author=sw.full)))
    m.subject = c.choice(["CR rencontre familiale d'hier", "Compte rendu rencontre de famille",
                          "Rencontre familiale - suivi"])
    m.text = (f"Bonjour à tous,\n\nVous trouverez en pièce jointe le compte rendu de la rencontre d'hier. "
              f"Je l'ai aussi versé au dossier.\n\n{C.signature(sw, L, r)}\n")
    return m


# 8 ---------------------------------------------------------------------------
def bereavement(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("bereavement", L, True, "suivi de deuil après décès à domicile", r)
    sw, me = _me(c, "sw")
    spir = c.staff("spir")
    m.frm = me
    m.to = [c.who(spir, L)]
    dd = c.day(-c.choice([21, 28, 30, 35]))
    nm = T.name(m, p, c.choice(["title_full", "full", "title_sur"]), r)
    m.subject = c.choice(["Suivi de deuil - appel à 1 mois", "Liste suivi de deuil", f"Deuil famille {p.surname}"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    fem = p.carer[1] not in ("son fils", "son conjoint")
    e_ = "e" if fem else ""
    soc = T.social(m, c.choice([C.SOCIAL[0], C.SOCIAL[4], C.SOCIAL[3], C.SOCIAL[9]]))
    m.text = (f"{T.greeting(L, r, spir.given)}\n\n{nm} est décédé{'e' if p.sex == 'F' else ''} à domicile le "
              f"{c.dstr(dd, L)} ({T.dx(m, p, short=True)}). {T.cap(p.carer[1])}, {p.carer[0]}, "
              f"était l'aidant{e_} principal{e_} et vit maintenant seul{e_} au {T.addr(m, p, one=False)}, "
              f"tél. {T.tel(m, p)}.\n\n"
              f"À noter (situation avant le décès) : {soc}. "
              f"{c.choice(['Deuil à risque selon notre grille.', 'Pleure beaucoup au téléphone, dort mal.', 'Dit se sentir coupable de ne pas avoir appelé plus tôt.'])}\n"
              f"Peux-tu faire l'appel de suivi à 1 mois et {'lui' if True else ''} proposer le groupe de deuil du mardi?\n\n"
              f"{T.sign_off(L, r)}\n{C.signature(sw, L, r, short=True)}\n")
    return m


# 9 ---------------------------------------------------------------------------
def volunteer_match(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("volunteer", L, True, "jumelage d'un bénévole avec un usager à domicile", r)
    co, me = _me(c, "vol")
    vg, vs = c.choice(C.VOLUNTEERS)
    m.frm = me
    m.to = [(f"{vg} {vs}", f"{C.strip_accents(vg).lower()}.{C.strip_accents(vs).lower().replace(' ', '')}@{c.choice(C.FAMILY_DOMAINS)}")]
    T.name(m, p, "title_full", r)
    m.subject = c.choice(["Nouveau jumelage", "Jumelage bénévole - présentation", "Visites d'accompagnement"])
    m.text = (f"Bonjour {vg},\n\nMerci d'accepter ce nouveau jumelage! Il s'agit de "
              f"{p.name('title_full', L)}, {p.age} ans, atteint{'e' if p.sex == 'F' else ''} d'un "
              f"{T.dx(m, p, short=True)}. {T.cap(T.social(m, p.social))}.\n"
              f"Adresse : {T.addr(m, p)}. Il est préférable d'appeler avant : {T.tel(m, p)}.\n\n"
              f"{c.choice(['Aime les cartes et le hockey.', 'Apprécie la lecture à voix haute.', 'Aimerait faire de courtes marches si la météo le permet.'])} "
              f"Les visites du {c.choice(['mardi', 'mercredi', 'jeudi'])} après-midi seraient idéales.\n"
              f"Rappel : confidentialité en tout temps, ne pas administrer de médicaments.\n\n"
              f"{C.signature(co, L, r)}\n")
    return m


# 10 --------------------------------------------------------------------------
def lab_followup(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("lab_result", L, True, "résultats de prélèvement à domicile à réviser", r)
    st, me = _me(c, "rn")
    md = c.staff("md")
    m.frm = me
    m.to = [c.who(md, L)]
    l1 = T.lab(m, p.lab)
    l2 = T.lab(m, c.choice([x for x in C.LABS if x != p.lab]))
    use_name = c.chance(0.6)
    who = T.name(m, p, c.choice(["sur_initial", "upper_comma", "title_sur"]), r) if use_name else ""
    ref = T.mrn(m, p)
    m.subject = c.choice([f"Résultats {ref}", "Résultats labo prélèvement domicile", f"Labo {who or ref}"])
    if who and p.surname in m.subject:
        m.names.append(p.surname)
    m.text = (f"{T.greeting(L, r)}\n\nRésultats du prélèvement fait à domicile {c.choice(['hier', 'ce matin', 'lundi'])} "
              f"({who + ', ' if who else ''}{ref}) :\n  {l1}\n  {l2}\n\n"
              f"Contexte : {T.dx(m, p, short=True)}, {T.sympt(m, p)}. "
              f"{c.choice(['On traite ou on respecte le souhait de ne plus faire de prises de sang?', 'Je propose d’en discuter avec la famille avant de retourner à l’urgence.', 'Faut-il ajuster la dexaméthasone?'])}\n\n"
              f"{st.given}\n")
    return m


# 11 --------------------------------------------------------------------------
def transport(c):
    r = c.rng
    p = c.pf.holder("adult")
    m = T.new("transport", L, True, "réservation de transport pour radiothérapie palliative", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [(C.TRANSPORT[0], f"reservations@{C.TRANSPORT[1]}")]
    d = c.day(c.choice([3, 5, 7]))
    hh = c.choice(["8 h 15", "9 h 40", "13 h 00", "14 h 30"])
    m.subject = c.choice(["Demande de transport - radiothérapie", "Réservation transport civière",
                          "Transport adapté aller-retour"])
    ident = T.id_block(m, p, r)
    m.text = (f"{T.greeting(L, r)}\n\nNous demandons un transport {c.choice(['en civière', 'en fauteuil roulant'])} "
              f"aller-retour pour l'usager suivant :\n\n" + "\n".join(ident) +
              f"\nAdresse de départ : {T.addr(m, p)}\nTél. : {T.tel(m, p)}\n\n"
              f"Destination : Hôpital Sainte-Blandine, radio-oncologie, niveau 1\n"
              f"Rendez-vous : {c.dstr(d, L)} à {hh} (radiothérapie palliative, {T.dx(m, p, short=True)})\n"
              f"Particularités : {c.choice(['O2 2 L/min', 'douleur à la mobilisation, prévoir 2 préposés', 'aucune'])}\n\n"
              f"{T.sign_off(L, r)}\n{C.signature(st, L, r)}\n")
    return m


# 12 --------------------------------------------------------------------------
def insurer_form(c):
    r = c.rng
    p = c.pf.plain(dob=C.random_dob(r, 40, 63))
    m = T.new("insurer_form", L, True, "formulaire d'invalidité transmis à l'assureur", r)
    md = c.staff("md")
    e = [x for x in C.EXT_STAFF if x[5] == C.INSURER[1]][0]
    m.frm = c.who(md, L)
    m.to = [(f"{e[0]} {e[1]}", C.ext_addr(e))]
    sin_ = T.sin(m, r)
    nm = T.name(m, p, "upper_comma", r)
    d = T.dob(m, p, "iso")
    pol = f"{r.randint(100000, 999999)}-{r.randint(10, 99)}"
    lines = ["## Section A — Identification de l'assuré", f"Nom : {nm}", f"Date de naissance : {d}",
             f"NAS : {sin_}", f"Police collective : {pol}", "## Section B — Déclaration du médecin traitant",
             f"Diagnostic : {T.dx(m, p)}", f"Traitement : {', '.join(T.meds(m, p, 2))}",
             "Pronostic : survie estimée en semaines à quelques mois.",
             "Capacité de travail : aucune, invalidité totale et permanente.",
             f"Signé : {md.title_fr} {md.full}"]
    fn = c.choice(["declaration_medecin_traitant.pdf", f"Invalidite_{p.surname}.pdf"])
    m.atts.append(T.att(fn, "application/pdf", D.pdf("Déclaration du médecin traitant — invalidité", lines,
                                                       compress=c.chance(0.5))))
    m.subject = c.choice([f"Dossier {pol} - déclaration du médecin", "Formulaire d'invalidité complété",
                          f"Réclamation {pol}"])
    m.text = (f"Madame {e[1]},\n\nTel que demandé, veuillez trouver ci-joint la déclaration du médecin traitant "
              f"pour {T.name(m, p, 'title_full', r)} (police {pol}). Compte tenu du contexte palliatif, une "
              f"réponse rapide serait appréciée.\n\n{C.signature(md, L, r)}\n\n{C.conf_notice(L)}\n")
    return m


# 13 --------------------------------------------------------------------------
def expected_death(c):
    r = c.rng
    p = c.pf.holder("old")
    m = T.new("expected_death", L, True, "avis de décès attendu à domicile", r)
    md = c.staff("md")
    m.frm = c.who(md, L)
    m.to = [("Répartition préhospitalière (fictif)", "avis-deces@prehosp-monteregie.example")]
    m.cc = [("Garde SAD palliatif", f"garde@{C.ORG_DOMAIN}")]
    m.subject = "Avis de décès attendu à domicile"
    ident = T.id_block(m, p, r)
    m.text = ("Bonjour,\n\nPour votre information, décès attendu à domicile, NE PAS RÉANIMER (niveau de soins D, "
              "formulaire au domicile).\n\n" + "\n".join(ident) +
              f"\nAdresse : {T.addr(m, p)}\n\nDiagnostic : {T.dx(m, p)}\n"
              f"Médecin joignable pour le constat : {md.title_fr} {md.full}, {C.ORG_PHONE} (garde 24/7)\n"
              f"Famille avisée de composer le {C.ORG_PHONE} et non le 9-1-1.\n\n{C.signature(md, L, r)}\n")
    return m


# 14 --------------------------------------------------------------------------
def discharge_summary(c):
    r = c.rng
    p = c.pf.holder()
    m = T.new("discharge_summary", L, True, "résumé de départ de l'unité de soins palliatifs", r)
    e, frm = _ext(c, "médecin, oncologie", "résident en médecine familiale")
    e = c.choice([x for x in C.EXT_STAFF if x[1] in ("Saadi", "Beauregard")])
    frm = (f"{e[0]} {e[1]}", C.ext_addr(e))
    m.frm = frm
    m.to = [("Guichet SAD palliatif", f"guichet@{C.ORG_DOMAIN}")]
    ident = T.id_block(m, p, r)
    paras = ident + [f"Dossier hospitalier : {T.mrn(m, p, label=False)}",
                     f"Séjour : {c.dstr(c.day(-12), L)} au {c.dstr(c.day(-1), L)}",
                     "## Diagnostic principal", T.dx(m, p),
                     "## Évolution",
                     f"Admis pour {T.sympt(m, p)}. Bilan : {T.lab(m, p.lab)}. Amélioration partielle après "
                     f"ajustement de l'analgésie.",
                     "## Médication au congé"] + T.meds(m, p) + \
        ["## Suivi", "SAD palliatif à domicile, visite dans 24-48 h. Rendez-vous oncologie annulé à la demande de l'usager."]
    fn = c.choice(["resume_depart.docx", f"Résumé de départ {p.surname}.docx", "RD_USP.docx"])
    m.atts.append(T.att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        D.docx("Résumé de départ", paras, author=f"{e[0]} {e[1]}")))
    m.subject = c.choice(["Résumé de départ", "RD - congé USP", "Congé hier - résumé pour suivi SAD"])
    m.text = (f"Bonjour,\n\nCi-joint le résumé de départ{c.choice(['', ' pour assurer la continuité'])}. "
              f"N'hésitez pas si questions.\n\n{e[0]} {e[1]}\n{e[2]}, {e[4]}\n")
    return m


# 15 --------------------------------------------------------------------------
def ontario_patient(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("ontario_patient", L, True, "usager ontarien hébergé chez un proche, prise en charge", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [c.who(c.staff("md"), L)]
    ohip_ = T.ohip(m, r)
    m.subject = c.choice(["Usager de l'Ontario - couverture", "Nouvel usager hors province",
                          "Prise en charge temporaire (carte Santé Ontario)"])
    m.text = (f"{T.greeting(L, r)}\n\nNouvelle demande un peu particulière : {T.name(m, p, 'title_full', r)} "
              f"({T.dob(m, p, rng=r)}), résident{'e' if p.sex == 'F' else ''} d'Ottawa, est hébergé{'e' if p.sex == 'F' else ''} "
              f"chez {p.carer[1]} à {p.addr['city']} pour ses dernières semaines.\n"
              f"Carte Santé Ontario : {ohip_}\nDx : {T.dx(m, p)}\n"
              f"Médication : {'; '.join(T.meds(m, p))}\n\n"
              f"La facturation interprovinciale est-elle possible pour les visites médicales? Je m'occupe des visites inf.\n\n"
              f"{st.full}\n{st.role_fr}\n")
    return m


# 16 --------------------------------------------------------------------------
def belgian_patient(c):
    r = c.rng
    p = c.pf.plain(kind="be")
    m = T.new("transfer_abroad", L, True, "transfert vers des soins palliatifs à domicile en Belgique", r)
    md = c.staff("md")
    m.frm = c.who(md, L)
    m.to = [("Coordination soins palliatifs Liège (fictif)", "coordination@pallia-liege.example")]
    niss_ = T.niss(m, p, r)
    m.subject = c.choice(["Transfert de patient - retour en Belgique", "Demande de prise en charge à domicile - Liège"])
    m.text = (f"Chère consœur, cher confrère,\n\nJe vous adresse {T.name(m, p, 'title_full', r)}, "
              f"{'née' if p.sex == 'F' else 'né'} le {T.dob(m, p, 'dmy')}, NISS {niss_}, "
              f"qui rentre en Belgique le {c.dstr(c.day(9), L)} afin de finir ses jours auprès de sa famille.\n\n"
              f"Diagnostic : {T.dx(m, p)}.\nTraitement actuel :\n" +
              "\n".join(f"  • {x}" for x in T.meds(m, p)) +
              f"\n\nDernier bilan : {T.lab(m, p.lab)}.\nLe patient voyagera avec oxygène portable. "
              f"Dossier complet disponible sur demande.\n\nConfraternellement,\n{C.signature(md, L, r)}\n")
    return m


# 17 --------------------------------------------------------------------------
def french_patient(c):
    r = c.rng
    p = c.pf.plain(kind="fr")
    m = T.new("transfer_abroad", L, True, "liaison avec une HAD en France pour un patient français", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [("HAD Rhône-Saône (fictif)", "accueil@had-rhonesaone.example")]
    nir_ = T.nir(m, p, r)
    m.subject = "Patient français - demande HAD"
    body = (f"Madame, Monsieur,\n\nNous suivons à domicile {T.name(m, p, 'upper_comma', r)} "
            f"(né{'e' if p.sex == 'F' else ''} le {T.dob(m, p, 'fr_long')}), n° de sécurité sociale {nir_}, "
            f"pour {T.dx(m, p)}.\nSouhait de rapatriement auprès de ses enfants à Lyon. "
            f"Problèmes actifs : {T.sympt(m, p)}.\nTraitement : {', '.join(T.meds(m, p, 3))}.\n\n"
            f"Pouvez-vous nous indiquer la procédure d'admission en HAD?\n\n{C.signature(st, L, r)}\n")
    if c.chance(0.5):
        m.atts.append(T.att(f"Fiche_liaison_{p.surname.upper()}.pdf", "application/pdf",
                            D.pdf("Fiche de liaison infirmière", body.split("\n"), compress=True)))
        m.text = (f"Madame, Monsieur,\n\nVeuillez trouver ci-jointe la fiche de liaison de notre patient "
                  f"({T.name(m, p, 'initial_upper', r)}). Merci de nous indiquer la procédure d'admission.\n\n"
                  f"{C.signature(st, L, r)}\n")
    else:
        m.text = body
    return m


# 18 --------------------------------------------------------------------------
def family_forward(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("forward", L, True, "courriel d'un proche transféré à l'équipe", r)
    st, me = _me(c, "rn")
    md = c.staff("md")
    m.frm = me
    m.to = [c.who(md, L)]
    fam = T.family_addr(p)
    when = T.when_str(L, c.now - _dt.timedelta(hours=c.choice([3, 9, 15])))
    orig_subj = c.choice(["question pour l'infirmière", "ma mère" if p.sex == "F" else "mon père",
                          ("Maman" if p.sex == "F" else "Papa") + " cette nuit", "médicaments"])
    m.subject = f"TR: {orig_subj}"
    nmq = T.name(m, p, c.choice(["given", "title_sur", "full"]), r)
    if not nmq.endswith(p.surname):
        m.names.append(p.surname)
    orig = (f"Bonjour Madame,\n\nC'est {fam[0]}, {p.carer[1].split()[1]} de {p.name('full', L)}. "
            f"{nmq} a eu une mauvaise nuit : {T.sympt(m, p)}. "
            f"On lui a donné {T.med(m, p.meds[0])} vers 2 h mais ça n'a pas fait grand-chose.\n"
            f"Est-ce qu'on peut redonner une dose? Et est-ce normal qu'{'elle' if p.sex == 'F' else 'il'} ne mange plus du tout?\n\n"
            f"Merci, {fam[0].split()[0]}\n{p.carer[3]}")
    m.text = (f"{md.title_fr} {md.surname}, pour info, voir le message de la famille ci-dessous. "
              f"Je les rappelle ce matin, mais je pense qu'il faudrait augmenter la dose régulière.\n\n"
              f"{st.given}\n\n" + T.fwd_header(L, f"{fam[0]} <{fam[1]}>", me[1], when, orig_subj) + "\n\n" + orig + "\n")
    return m


# 19 --------------------------------------------------------------------------
def reply_quoted(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("reply", L, True, "réponse courte, renseignements cliniques dans le message cité", r)
    st, me = _me(c, "adm")
    rn = c.staff("rn")
    m.frm = me
    m.to = [c.who(rn, L)]
    subj = c.choice(["Ajout à l'horaire de demain", "Visite conjointe à planifier", "Changement de route jeudi"])
    m.subject = f"RE: {subj}"
    m.in_reply_to = f"<{r.getrandbits(48):x}.{r.getrandbits(24):x}@{C.ORG_DOMAIN}>"
    orig = (f"Salut,\n\nPeux-tu ajouter une visite demain AM pour {T.name(m, p, c.choice(['sur_first', 'title_full', 'upper_comma']), r)}, "
            f"{T.addr(m, p)}? {T.cap(T.sympt(m, p))}, "
            f"je dois changer le site s.c. et réévaluer {T.med(m, p.meds[0])}.\n"
            f"Famille au {T.tel(m, p)}.\n\nMerci\n{rn.given}")
    when = T.when_str(L, c.now - _dt.timedelta(hours=2))
    if c.chance(0.5):
        m.text = (f"C'est fait, ajouté à 9 h 30. Route modifiée en conséquence.\n\n{st.given}\n\n"
                  f"Le {when}, {rn.full} <{rn.addr()}> a écrit :\n" + T.quote(orig) + "\n")
    else:
        m.text = (f"Ok, c'est noté pour 10 h.\n\n{C.signature(st, L, r)}\n\n" +
                  T.outlook_header(L, f"{rn.full} <{rn.addr()}>", me[0], when, subj) + "\n\n" + orig + "\n")
    return m


# 20 --------------------------------------------------------------------------
def equipment(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("equipment", L, True, "commande d'équipement livré au domicile", r)
    ot, me = _me(c, "ot")
    co = c.choice([C.EQUIP_CO, C.OXY_CO])
    m.frm = me
    m.to = [(co[0], f"commandes@{co[1]}")]
    items = c.sample(["lit électrique semi-électrique avec ridelles", "matelas thérapeutique à air alterné",
                      "chaise d'aisance", "fauteuil roulant inclinable", "lève-personne mobile",
                      "table de lit"], 2) if co is C.EQUIP_CO else ["concentrateur d'oxygène 5 L + bouteilles portatives"]
    m.subject = c.choice(["Commande équipement - livraison urgente", "Demande de prêt d'équipement",
                          f"Livraison {p.surname}"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    m.text = (f"{T.greeting(L, r)}\n\nMerci de livrer au domicile de {T.name(m, p, 'title_full', r)} :\n" +
              "\n".join(f" - {x}" for x in items) +
              f"\n\nAdresse : {T.addr(m, p)}\nContact : {p.carer[0]} ({p.carer[1]}) {p.carer[3]}\n"
              f"Justification : {T.dx(m, p)}, PPS {p.pps} %, alitement{' ' + 'et désaturation' if co is C.OXY_CO else ''}.\n"
              f"{'Débit prescrit : 2 L/min au repos, 4 L/min à l’effort.' if co is C.OXY_CO else 'Escalier intérieur de 4 marches.'}\n\n"
              f"{C.signature(ot, L, r)}\n")
    return m


# 21 --------------------------------------------------------------------------
def social_note(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("social_work", L, True, "évaluation psychosociale préoccupante", r)
    sw, me = _me(c, "sw")
    mgr = c.staff("mgr")
    m.frm = me
    m.to = [c.who(mgr, L)]
    m.cc = [c.who(c.staff("rn"), L)]
    m.subject = c.choice(["Situation préoccupante - besoin d'avis", "Discussion de cas vendredi",
                          "Suivi psychosocial complexe"])
    s1 = T.social(m, p.social)
    s2 = T.social(m, c.choice([x for x in C.SOCIAL if x != p.social]))
    m.text = (f"Bonjour {mgr.given},\n\nJ'aimerais qu'on discute de {T.name(m, p, c.choice(['title_full', 'sur_first', 'initial']), r)} "
              f"({T.dx(m, p, short=True)}) vendredi.\n\nÉléments : {s1}; de plus, {s2}. "
              f"Lors de la visite d'hier, {c.choice(['le réfrigérateur était vide', 'le chauffage était coupé', 'des bouteilles vides traînaient partout', 'l’aidant a haussé le ton devant nous'])}.\n"
              f"J'ai {c.choice(['contacté le CLSC pour une aide financière de dernier recours', 'remis les coordonnées de SOS violence conjugale', 'ouvert une demande d’hébergement temporaire'])}.\n\n"
              f"Je crains que le maintien à domicile ne soit plus sécuritaire.\n\n{C.signature(sw, L, r)}\n")
    return m


# 22 --------------------------------------------------------------------------
def subject_only_name(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("quick_note", L, True, "nom seulement dans l'objet, ajustement de dose dans le corps", r)
    st, me = _me(c, "rn")
    md = c.staff("md")
    m.frm = me
    m.to = [c.who(md, L)]
    m.subject = c.choice([f"{T.name(m, p, 'sur_first', r)} - hausse hydromorph?",
                          f"{T.name(m, p, 'upper_comma', r)} / douleur",
                          f"re {T.name(m, p, 'lower', r)}"])
    m.text = (f"{c.choice(['Douleur percée', 'Dlr percée'])} x{c.choice([4, 5, 6])}/24 h, "
              f"{T.sympt(m, p)}.\nActuel : {T.med(m, C.MEDS[0])}.\n"
              f"Je propose de passer à 3 mg q4h + 1,5 mg q1h PRN, ok pour toi?\n\n{st.given}\n")
    return m


# 23 --------------------------------------------------------------------------
def filename_only_name(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("progress_note", L, True, "note d'évolution en pdf, nom du patient dans le nom du fichier", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [("Archives SAD", f"archives@{C.ORG_DOMAIN}")]
    fn = c.choice([f"Note_evol_{p.surname.upper()}_{p.given[0]}.pdf", f"{p.surname}, {p.given} - note inf.pdf",
                   f"note évolution {p.surname.lower()}.pdf"])
    m.names.append(p.surname)
    m.types.add("patient_name")
    dxs = T.dx(m, p)
    sy = T.sympt(m, p)
    md_ = T.med(m, p.meds[0])
    lines = [f"Date de la visite : {c.day(0).isoformat()}", f"Diagnostic : {dxs}",
             f"Observation : {sy}. PPS {p.pps} %.", f"Intervention : {md_} ajusté selon OIC.",
             "Plan : revoir dans 48 h, enseignement à l'aidant fait."]
    m.atts.append(T.att(fn, "application/pdf", D.pdf("Note d'évolution infirmière", lines, compress=c.chance(0.5))))
    m.subject = c.choice(["Note à verser au dossier", "Note d'évolution", "À numériser svp"])
    m.text = f"Bonjour,\n\nNote d'évolution de ce matin à verser au dossier.\n\nMerci,\n{st.full}\n"
    return m


# 24 --------------------------------------------------------------------------
def maid(c):
    r = c.rng
    p = c.pf.holder("adult")
    m = T.new("maid", L, True, "coordination d'une aide médicale à mourir à domicile", r)
    md = c.staff("md")
    rx = c.staff("rx")
    m.frm = c.who(md, L)
    m.to = [c.who(rx, L)]
    d = c.day(c.choice([4, 6, 8]))
    m.subject = c.choice(["AMM - préparation trousse", "Aide médicale à mourir - date confirmée", "Trousse AMM"])
    ident = T.id_block(m, p, r)
    m.text = (f"Bonjour {rx.given},\n\nL'aide médicale à mourir est prévue le {c.dstr(d, L)} à 13 h, au domicile.\n\n"
              + "\n".join(ident) + f"\nAdresse : {T.addr(m, p)}\nDx : {T.dx(m, p)}\n"
              f"Poids estimé : {r.randint(41, 78)} kg. Accès : {c.choice(['cathéter IV à installer le matin', 'PICC en place'])}.\n\n"
              f"Merci de préparer deux trousses selon le protocole régional "
              f"({T.med(m, ('midazolam, propofol, rocuronium', 'midazolam, propofol, rocuronium'))}). "
              f"Deuxième avis complété par {c.choice(['Dr Haddad', 'Dre Cournoyer'])}.\n\n{C.signature(md, L, r)}\n")
    return m


# 25 --------------------------------------------------------------------------
def census_csv(c):
    r = c.rng
    m = T.new("census", L, True, "liste des usagers actifs en pièce jointe csv", r)
    st, me = _me(c, "mgr")
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    rows = []
    for i in range(c.choice([4, 5, 6])):
        p = c.pf.holder() if i < 2 else c.pf.plain()
        nm = T.name(m, p, "comma", r)
        rows.append([p.surname.upper(), p.given, T.dob(m, p, "iso"), p.sex,
                     T.nam(m, p, r, ascii_only=True) if p.holder else "",
                     p.addr["city"], T.dx(m, p, short=True), p.pps, c.choice(C.STAFF["rn"]).given])
        _ = nm
    hdr = ["Nom", "Prénom", "DDN", "Sexe", "NAM", "Municipalité", "Diagnostic", "PPS", "Inf. attitrée"]
    cs = c.choice(["utf-8", "windows-1252"])
    txt = D.csv_text(hdr, rows, delim=c.choice([",", ";"]))
    fn = c.choice(["usagers_actifs.csv", f"liste_active_{c.day(0).isoformat()}.csv", "Liste active SAD.csv"])
    m.atts.append(T.att(fn, "text/csv", text=txt, charset=cs))
    m.subject = c.choice(["Liste active à jour", "Liste des usagers - réunion interdisciplinaire", "Census SAD"])
    m.text = (f"Bonjour,\n\nVoici la liste active pour la réunion interdisciplinaire de "
              f"{c.choice(['mardi', 'jeudi'])}. Merci de la supprimer après usage.\n\n{st.given}\n")
    return m


# 26 --------------------------------------------------------------------------
def vcard_contact(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("contact_card", L, True, "fiche contact du patient en vcard avec diagnostic dans le message", r)
    st, me = _me(c, "rn")
    rn2 = c.staff("rn", exclude=(st,))
    m.frm = me
    m.to = [c.who(rn2, L)]
    nm = T.name(m, p, "full", r)
    T.addr(m, p)
    T.tel(m, p)
    card = D.vcard(nm, f"{p.surname};{p.given};;;", tel=[("HOME", p.phone), ("CELL", p.carer[3])],
                   adr=(p.addr["street"], p.addr["city"], p.addr["postal"]),
                   note=f"Proche aidant : {p.carer[0]} ({p.carer[1]})")
    m.atts.append(T.att(f"{p.given} {p.surname}.vcf", "text/vcard", text=card))
    m.subject = c.choice(["Contact pour ta visite de remplacement", "Coordonnées - visite vendredi"])
    m.text = (f"Salut {rn2.given},\n\nJe t'envoie les coordonnées pour la visite de vendredi (fiche jointe). "
              f"{T.dx(m, p, short=True)}, {T.sympt(m, p)}. Clé dans la boîte à code, code donné par téléphone.\n\n"
              f"Merci de me remplacer!\n{st.given}\n")
    return m


# 27 --------------------------------------------------------------------------
def zip_transfer(c):
    r = c.rng
    p = c.pf.holder()
    m = T.new("transfer_package", L, True, "archive zip du dossier de transfert vers la maison de soins palliatifs", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [(C.HOSPICE[0] + " - admissions", f"admissions@{C.HOSPICE[1]}")]
    ident = T.id_block(m, p, r, ascii_only=True)
    pdfb = D.pdf("Demande d'admission — maison de soins palliatifs", ident + [
        f"Diagnostic : {T.dx(m, p)}", f"PPS : {p.pps} %", f"Raison : {T.social(m, p.social)}"], compress=True)
    medlist = D.csv_text(["Médicament", "Posologie"], [[x.split(' ')[0], x] for x in T.meds(m, p)])
    members = [("demande_admission.pdf", pdfb), ("liste_medicaments.csv", medlist.encode("utf-8"))]
    zname = c.choice(["dossier_transfert.zip", f"transfert_{p.surname}.zip"])
    m.atts.append(T.att(zname, "application/zip", D.make_zip(members)))
    m.subject = c.choice(["Demande d'admission - lit de fin de vie", "Dossier pour admission"])
    m.text = (f"{T.greeting(L, r)}\n\nVoici le dossier pour une demande d'admission dès qu'un lit se libère. "
              f"La famille est d'accord.\n\n{C.signature(st, L, r)}\n")
    return m


# 28 --------------------------------------------------------------------------
def attached_eml(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("forward_attached", L, True, "message clinique transféré en pièce jointe eml", r)
    st, me = _me(c, "mgr")
    rn = c.staff("rn")
    md = c.staff("md")
    inner = T.new("inner", L, True, "", r)
    inner.frm = c.who(rn, L)
    inner.to = [c.who(md, L)]
    inner.subject = c.choice(["Plainte de la famille", "Erreur de dose signalée", "Incident pompe"])
    inner.text = (f"Bonjour,\n\nIncident hier chez {T.name(m, p, 'title_full', r)} : la pompe de "
                  f"{T.med(m, c.choice(C.PUMP_DRUGS))} a été programmée au mauvais débit pendant 6 h. "
                  f"{T.cap(T.sympt(m, p))}. Famille très fâchée.\n"
                  f"Dx : {T.dx(m, p, short=True)}. Rapport AH-223 rempli.\n\n{rn.full}\n")
    inner.date = c.now - _dt.timedelta(days=1, hours=2)
    inner.msgid = f"<{r.getrandbits(64):x}@{C.ORG_DOMAIN}>"
    m.atts.append(T.att(f"{inner.subject}.eml", "message/rfc822", inner=inner))
    m.frm = me
    m.to = [("Gestion des risques", f"gestion.risques@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["TR: déclaration d'incident", "Incident à analyser"])
    m.text = f"Bonjour,\n\nJe vous transmets le courriel original en pièce jointe pour analyse.\n\n{C.signature(st, L, r)}\n"
    return m


# 29 --------------------------------------------------------------------------
def pediatric(c):
    r = c.rng
    p = c.pf.holder("child")
    m = T.new("pediatric", L, True, "suivi palliatif pédiatrique à domicile", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [("Équipe SPP pédiatrique (fictive)", "spp@chu-enfants.example")]
    m.cc = [c.who(c.staff("sw"), L)]
    ident = T.id_block(m, p, r)
    m.subject = c.choice(["Suivi conjoint - enfant à domicile", "Évolution à domicile cette semaine"])
    m.text = (f"{T.greeting(L, r)}\n\nPetit résumé de la semaine pour :\n" + "\n".join(ident) +
              f"\n\nDx : {T.dx(m, p)}\nSx : {T.sympt(m, p)}\nTx : {', '.join(T.meds(m, p, 2))}\n"
              f"Psychosocial : {T.social(m, p.social)}.\n\nLa mère ({p.carer[0]}, {T.tel(m, p)}) souhaite vous parler "
              f"du plan pour les convulsions.\n\n{C.signature(st, L, r)}\n")
    return m


# 30 --------------------------------------------------------------------------
def mrn_only(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("chart_request", L, True, "demande d'archives avec numéro de dossier et diagnostic", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("Archives médicales HSB", "archives@hsb.example")]
    ref = T.mrn(m, p)
    m.subject = c.choice([f"Demande de copie - {ref}", "Demande de documents"])
    m.text = (f"Bonjour,\n\nPourriez-vous nous transmettre le dernier résumé d'hospitalisation et la TDM "
              f"thoraco-abdominale pour le {ref}? Usager{'ère' if p.sex == 'F' else ''} maintenant suivi{'e' if p.sex == 'F' else ''} "
              f"au SAD palliatif pour {T.dx(m, p)}.\n\nMerci,\n{C.signature(st, L, r)}\n")
    return m


TEMPLATES = [
    (referral, 4), (visit_note, 3), (night_handover, 2), (pump_request, 4), (prescription, 2),
    (family_meeting_ics, 2), (family_meeting_summary, 2), (bereavement, 2), (volunteer_match, 2),
    (lab_followup, 2), (transport, 2), (insurer_form, 2), (expected_death, 2), (discharge_summary, 2),
    (ontario_patient, 1), (belgian_patient, 2), (french_patient, 2), (family_forward, 2), (reply_quoted, 3),
    (equipment, 2), (social_note, 2), (subject_only_name, 2), (filename_only_name, 2), (maid, 2),
    (census_csv, 1), (vcard_contact, 1), (zip_transfer, 1), (attached_eml, 1), (pediatric, 2), (mrn_only, 1),
]
