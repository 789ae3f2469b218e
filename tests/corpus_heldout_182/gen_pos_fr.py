"""French positive templates: commissariat aux plaintes, soins spirituels, éthique."""
import datetime

import gen_attach as A
import gen_common as C
from gen_spec import (DX_FR, FAITH_FR, LAB_FR, MED_FR, SOC_FR, UNITS_FR, Rec, mail)

DX_PED = ["bronchiolite à VRS", "appendicite perforée", "fracture supracondylienne du coude",
          "diabète de type 1 inaugural avec acidocétose", "convulsions fébriles",
          "pneumonie lobaire", "traumatisme crânien léger"]

PERSO = ["courriel.example", "postemail.example", "monmail.example"]


def staff(c, role):
    return c.staff(C.FR_DOM, role)


def dx_for(R, p):
    if C.age_on(p.dob) < 18:
        return R.dx(DX_PED)
    return R.dx()


def rel(p):
    """(possessive phrase, relation of complainant) according to age and sex."""
    a = C.age_on(p.dob)
    if a < 18:
        return ("ma fille" if p.sex == "F" else "mon fils"), "mère"
    if a >= 60:
        return ("ma mère" if p.sex == "F" else "mon père"), "fille"
    return ("ma conjointe" if p.sex == "F" else "mon conjoint"), "conjoint(e)"


def g(p, f, m):
    return f if p.sex == "F" else m


def usager(p):
    return "l'usagère" if p.sex == "F" else "l'usager"


def ddate(c, lo=1, hi=10):
    d = datetime.date(2025, c.rng.randrange(lo, hi + 1), c.rng.randrange(1, 29))
    return f"{d.day} {C.MOIS[d.month - 1]}"


def ddates(c, n, lo=1, hi=10):
    ds = sorted(datetime.date(2025, c.rng.randrange(lo, hi + 1), c.rng.randrange(1, 29))
                for _ in range(n))
    return [f"{d.day} {C.MOIS[d.month - 1]}" for d in ds]


def no_plainte(c):
    return f"2025-{c.rng.randrange(40, 990):04d}"


def personal_addr(c, given, surname):
    g = C.strip_accents(given).lower()
    s = C.strip_accents(surname).lower().replace("'", "")
    return (f"{given} {surname}", f"{g[0]}{s}{c.rng.randrange(10, 99)}@{c.pick(PERSO)}")


# ---------------------------------------------------------------------------
def p_plainte_web(c):
    R = Rec(c, "fr")
    p = c.nam_patient()
    unit = c.pick(UNITS_FR[:5])
    com = staff(c, "Commissaire adjointe aux plaintes et à la qualité des services|Commissaire adjoint aux plaintes et à la qualité des services")
    chef = staff(c, f"Chef de service – {unit}")
    poss, lien = rel(p)
    dx = dx_for(R, p)
    num = c.rng.randrange(10000, 99999)
    faits = c.pick([
        f"{poss.capitalize()} est hospitalisé{g(p, 'e', '')} depuis le {ddate(c)} pour {dx}. Depuis trois jours, "
        "personne ne l'aide à manger, les plateaux repartent pleins et la cloche d'appel est "
        "toujours hors de portée. Hier soir, j'ai attendu 40 minutes avant qu'une préposée vienne "
        "changer la culotte d'incontinence.",
        f"On nous a annoncé le diagnostic ({dx}) dans le corridor, devant d'autres familles, sans "
        "aucune intimité. Personne n'est revenu nous expliquer la suite. Je trouve ça inacceptable.",
        f"{poss.capitalize()} a attendu 19 heures sur une civière à l'urgence avant d'être vu{g(p, 'e', '')}. "
        f"Le diagnostic ({dx}) a finalement été posé le lendemain. On nous a dit qu'il n'y avait "
        "pas de lit.",
    ])
    form = (f"Formulaire de plainte en ligne – soumission n° {num}\n\n"
            f"Nom de l'usager : {R.name(p, 'surname_first')}\n"
            f"Date de naissance : {R.dob(p)}\n"
            f"Sexe : {p.sex}\n"
            f"NAM : {R.nam(p)}\n"
            f"Lien du plaignant avec l'usager : {lien}\n"
            f"Installation : {C.FR_HOSP} – {unit}\n\n"
            f"Description des faits :\n{faits}\n\n"
            "Attentes :\nQue quelqu'un m'explique ce qui s'est passé et que ça ne se reproduise pas.\n")
    body = (f"Bonjour {chef.given},\n\n"
            "Je vous transmets une plainte reçue hier par le formulaire en ligne. Pourriez-vous "
            f"me faire parvenir votre version des faits d'ici le {ddate(c, 3, 11)} ? Je vous rappelle "
            "que nous avons 45 jours pour conclure.\n\n"
            f"Merci,\n{com.given}\n{C.sig_fr(com)}\n"
            "-------- Message transféré --------\n"
            f"De : Formulaire plaintes <no-reply@{C.FR_DOM}>\n"
            f"Objet : Nouvelle plainte n° {num}\n\n" + form)
    m = mail(c, com.addr(), [chef.addr()], f"TR: Nouvelle plainte n° {num} – {unit}", body)
    return R.spec("complaint", "complaint web form forwarded to unit head", m)


def p_accuse_reception(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr", 25, 90)
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    agente = staff(c, "Agente administrative – Commissariat|Agent administratif – Commissariat")
    n = no_plainte(c)
    dx = dx_for(R, p)
    titre = "Madame" if p.sex == "F" else "Monsieur"
    lettre = [
        f"Saint-Rémi-des-Saules, le {ddate(c)} 2025",
        "",
        f"{R.name(p, 'title')}",
        R.address(p),
        "",
        f"Objet : Accusé de réception – dossier de plainte {n}",
        "",
        f"{titre},",
        f"Nous accusons réception de votre plainte concernant les soins reçus lors de votre "
        f"passage à l'urgence, où un diagnostic de {dx} a été posé.",
        "Conformément à la Loi sur les services de santé et les services sociaux, nous "
        "disposons de 45 jours pour vous faire part de nos conclusions.",
        "",
        "Veuillez agréer l'expression de nos sentiments distingués.",
        com.full, com.role,
    ]
    fn = c.pick([f"AR_{n}.docx", f"AR_{p.surname}_{n}.docx", "accuse_reception.docx"])
    if p.surname in fn:
        R.add("patient_name")
    att = A.att_docx(fn, "Accusé de réception", lettre, author=com.full)
    body = (f"Bonjour {com.given},\n\nVoici l'accusé de réception pour le dossier {n}, prêt pour "
            "signature. Je l'envoie par la poste demain matin si tout est correct.\n\n"
            f"{agente.given}\n" + C.sig_fr(agente))
    m = mail(c, agente.addr(), [com.addr()], f"AR à signer – dossier {n}", body, [att])
    return R.spec("ack_letter", "acknowledgement letter for signature (docx)", m)


def p_demande_aumonier(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr") if c.chance(0.6) else c.nam_patient()
    inf = staff(c, "Infirmière clinicienne, 6e soins palliatifs|Infirmier clinicien, 6e soins palliatifs")
    ssp = staff(c, "Intervenante en soins spirituels|Intervenant en soins spirituels")
    faith = c.pick(FAITH_FR)
    room = c.rng.randrange(601, 640)
    dx = R.dx(DX_FR[3:6] + DX_FR[10:12] + DX_FR[18:])
    sacr = c.pick(["aimerait recevoir l'onction des malades",
                   f"demande à voir quelqu'un pour prier avec {g(p, 'elle', 'lui')}",
                   "souhaite parler à un imam avant l'intervention",
                   "a demandé la communion dimanche",
                   f"est très {g(p, 'anxieuse', 'anxieux')} face à la mort et voudrait parler à quelqu'un"])
    style = c.pick(["title", "full", "upper_surname"])
    extra = ""
    if c.chance(0.4):
        extra = f"\nMédication de confort : {R.med(MED_FR[0:1] + MED_FR[8:11])}."
    if c.chance(0.3):
        extra += f"\n# dossier : {R.mrn(p)}"
    body = (f"Bonjour,\n\n{R.name(p, style)}, chambre {room}, {C.age_on(p.dob)} ans, {dx}, "
            f"appartenance : {faith}. {g(p, 'Elle', 'Il')} {sacr}. Pronostic de quelques jours selon l'équipe.{extra}\n\n"
            "La famille est au chevet surtout en soirée. Est-ce que quelqu'un peut passer "
            "aujourd'hui ?\n\nMerci beaucoup\n"
            f"{inf.given} {inf.surname}, inf. clin.\nPoste 6{c.rng.randrange(100, 999)}\n")
    m = mail(c, inf.addr(), [("Soins spirituels", f"soins.spirituels@{C.FR_DOM}")],
             c.pick(["Demande de visite – soins spirituels", f"Visite SVP ch. {room}",
                     "Demande accompagnement spirituel urgent"]), body, cc=[ssp.addr()])
    return R.spec("chaplain_request", "chaplain visit request from palliative nurse", m,
                  mode=c.pick(["", "html"]))


def p_liste_soins_spirituels(c):
    R = Rec(c, "fr")
    ssp = staff(c, "Intervenante en soins spirituels – coordonnatrice|Intervenant en soins spirituels – coordonnateur")
    rows = [["Chambre", "Nom", "Âge", "Problème principal", "Appartenance", "Remarque"]]
    pts = [c.other_patient("fr") for _ in range(c.rng.randrange(4, 7))]
    for p in pts:
        rows.append([str(c.rng.randrange(401, 699)), R.name(p, "surname_first"),
                     str(C.age_on(p.dob)), R.dx(), c.pick(FAITH_FR),
                     c.pick(["visite souhaitée", "famille absente", "a refusé lundi",
                             "fin de vie", "à revoir", "demande chapelet"])])
    week = ddate(c)
    if c.chance(0.5):
        att = A.att_xlsx(f"liste_visites_semaine_{week.replace(' ', '_')}.xlsx",
                         [("Visites", rows)], author=ssp.full)
        body = (f"Bonjour l'équipe,\n\nVoici la liste des usagers à visiter cette semaine "
                f"(semaine du {week}). Les nouveaux sont en haut.\n\nBonne semaine,\n{ssp.given}\n"
                + C.sig_fr(ssp, "Service des soins spirituels"))
        atts, mode = [att], ""
    else:
        lines = [" | ".join(r) for r in rows]
        body = (f"Bonjour à tous,\n\nListe de la semaine du {week} :\n\n" + "\n".join(lines)
                + f"\n\nMerci de noter vos visites dans le cahier.\n{ssp.given}\n"
                + C.sig_fr(ssp, "Service des soins spirituels"))
        atts, mode = [], "plain"
    team = [staff(c, "Intervenante en soins spirituels|Intervenant en soins spirituels").addr() for _ in range(3)]
    m = mail(c, ssp.addr(), team, f"Liste des visites – semaine du {week}", body, atts)
    return R.spec("spiritual_census", "weekly spiritual care visit list", m, mode=mode)


def p_incident_ah223(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr") if c.chance(0.5) else c.nam_patient()
    gr = staff(c, "Conseillère en gestion des risques|Conseiller en gestion des risques")
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    kind = c.pick(["erreur de médicament", "chute", "erreur d'identification"])
    lines = [f"Déclaration AH-223 n° {c.rng.randrange(100000, 999999)}",
             f"Usager : {R.name(p, 'surname_first')}",
             f"No de dossier : {R.mrn(p)}"]
    if p.nam:
        lines += [f"NAM : {R.nam(p)}", f"Date de naissance : {R.dob(p, 'iso')}",
                  f"Sexe : {p.sex}"]
    lines.append(f"Type d'événement : {kind}")
    if kind == "erreur de médicament":
        med = R.med()
        lines.append(f"Description : dose administrée à 22 h au lieu de 10 h ({med}). "
                     "Usager somnolent, surveillance aux 15 min, naloxone non requise.")
    elif kind == "chute":
        lines.append(f"Description : chute en se levant seul la nuit; {R.dx(['fracture du poignet gauche', 'plaie au cuir chevelu suturée', 'fracture de la hanche gauche'])}. "
                     "Alarme de lit non activée.")
    else:
        lab = R.lab()
        lines.append(f"Description : prélèvement étiqueté au nom d'un autre usager; résultat "
                     f"({lab}) transmis au mauvais dossier puis corrigé.")
    lines.append("Gravité : E1   Divulgation faite à la famille : oui")
    att = A.att_pdf(c.pick(["AH223_declaration.pdf", f"AH-223_{p.mrn}.pdf", "declaration_incident.pdf"]),
                    "Rapport de déclaration d'incident/accident", lines, gr.full)
    if p.mrn in att.filename:
        R.add("mrn")
    body = (f"Bonjour {com.given},\n\nComme demandé, voici la déclaration liée à la plainte "
            f"reçue la semaine dernière. L'analyse sommaire est en cours; je te tiens au courant "
            f"des mesures retenues par l'unité.\n\n{gr.given}\n" + C.sig_fr(gr, "Direction de la qualité"))
    m = mail(c, gr.addr(), [com.addr()], "Déclaration AH-223 liée à la plainte", body, [att])
    return R.spec("incident_followup", "incident report attached for complaint file", m)


def p_consult_ethique(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr", 55, 95) if c.chance(0.6) else c.nam_patient()
    md = staff(c, "Médecin traitant, médecine interne")
    eth = staff(c, "Éthicienne clinique|Éthicien clinique")
    dx = R.dx(DX_FR[5:8] + DX_FR[10:12] + DX_FR[19:])
    soc = R.social(SOC_FR[0:1] + SOC_FR[5:])
    q = c.pick(["Aptitude à refuser l'alimentation par tube", "Niveau de soins (NIM) – désaccord familial",
                "Retrait de l'hémodialyse demandé par l'usager", "Refus de transfusion"])
    paras = [f"Usager : {R.name(p, c.pick(['full', 'surname_first']))}",
             f"Dossier : {R.mrn(p)}"]
    if p.nam:
        paras += [f"NAM : {R.nam(p)} – né(e) le {R.dob(p, 'long')} – {R.sex(p, 'label')}"]
    else:
        paras += [f"Âge : {C.age_on(p.dob)} ans"]
    paras += [f"Diagnostic principal : {dx}",
              f"Contexte social : {soc}",
              f"Question éthique : {q}",
              "Personnes impliquées : équipe traitante, fille aînée (répondante), fils (hors province).",
              "Urgence : rencontre souhaitée d'ici 72 h."]
    att = A.att_docx("Demande_consultation_ethique.docx", "Demande de consultation en éthique clinique",
                     paras, author=md.full)
    body = (f"Bonjour {eth.given},\n\nJe vous soumets une demande de consultation (formulaire "
            "ci-joint). La situation se tend avec la famille et j'aimerais votre éclairage "
            "avant la rencontre de vendredi.\n\nMerci\n" + f"Dr {md.full}\n")
    m = mail(c, md.addr(), [eth.addr(), (f"Service d'éthique clinique", f"ethique.clinique@{C.FR_DOM}")],
             "Demande de consultation éthique", body, [att])
    return R.spec("ethics_consult", "ethics consultation request form (docx)", m)


def p_medecin_examinateur(c):
    R = Rec(c, "fr")
    p = c.nam_patient()
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    mex = staff(c, "Médecin examinateur")
    n = no_plainte(c)
    dx = dx_for(R, p)
    body = (f"Dr {mex.surname},\n\nLe dossier {n} vise un médecin; je vous le transfère selon l'article 45 "
            "de la LSSSS.\n\n"
            f"Usager(ère) : {R.name(p, c.pick(['title', 'full', 'upper_surname']))}\n"
            f"Né(e) le : {R.dob(p)} ({R.sex(p)})\n"
            f"NAM : {R.nam(p)}\n\n"
            "Résumé des allégations : le plaignant reproche au médecin de garde à l'urgence "
            f"d'avoir renvoyé l'usager(ère) à domicile avec un diagnostic de gastro-entérite, alors "
            f"qu'un diagnostic de {dx} a été posé 36 heures plus tard lors d'une deuxième visite.\n\n"
            "La plainte écrite et l'autorisation de consultation du dossier sont dans le classeur "
            "partagé (accès restreint).\n\nCordialement,\n" + com.full + C.sig_fr(com))
    m = mail(c, com.addr(), [mex.addr()], f"Plainte {n} – transfert au médecin examinateur", body)
    return R.spec("examiner_referral", "complaint transferred to medical examiner", m)


def p_version_faits(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr", 50, 95)
    com = staff(c, "Commissaire adjointe aux plaintes|Commissaire adjoint aux plaintes")
    chef = staff(c, "Chef d'unité – 4B médecine")
    n = no_plainte(c)
    name = R.name(p, c.pick(["title", "title_surname", "surname_first"]))
    med = R.med(MED_FR[2:3] + MED_FR[5:6])
    lab1 = R.lab(["INR 4,8", "INR 5,6", "Hb 68 g/L", "Hb 74 g/L"])
    quoted = (f"Bonjour,\nDans le dossier {n}, la famille de {name} allègue que l'anticoagulant a été "
              "poursuivi malgré des saignements de nez répétés. Pouvez-vous me donner votre version "
              "des faits ?\nMerci\n" + com.given)
    reply = (f"Bonjour {com.given},\n\nVoici ce que j'ai pu reconstituer avec l'équipe :\n"
             f"- {med} poursuivi jusqu'au jour 3;\n"
             f"- bilan du jour 3 : {lab1}; le médecin de garde a été avisé à 14 h 10;\n"
             "- la dose du soir a quand même été donnée (ordonnance non retirée au profil);\n"
             "- épistaxis contrôlée, aucune transfusion.\n\n"
             "Nous avons fait un rappel à l'équipe sur la vérification du profil avant chaque "
             "administration. Je reste disponible pour la rencontre avec la famille.\n\n"
             f"{chef.given}\n\n"
             f"Le {ddate(c)} 2025, {com.full} a écrit :\n"
             + "\n".join("> " + l for l in quoted.split("\n")))
    m = mail(c, chef.addr(), [com.addr()], f"RE: Plainte {n} – version des faits", reply, reply=True)
    return R.spec("complaint_reply", "unit head reply with events, quoted request", m)


def p_maltraitance(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr", 68, 95)
    ts = staff(c, "Travailleuse sociale, CHSLD Les Trembles|Travailleur social, CHSLD Les Trembles")
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    soc = R.social(["soupçon de maltraitance financière par un proche",
                    "soupçon de maltraitance financière : le neveu gère les comptes et refuse de payer l'hébergement"])
    body = (f"Bonjour Me {com.surname},\n\nSignalement en vertu de la Loi visant à lutter contre la "
            "maltraitance envers les aînés.\n\n"
            f"Personne concernée : {R.name(p, 'surname_first')}, {g(p, 'née', 'né')} le {R.dob(p)}\n"
            f"Adresse avant l'hébergement : {R.address(p)}\n"
            f"Situation : {soc}. Lors de la visite du {ddate(c)}, le personnel a noté des "
            f"{R.dx(['ecchymoses aux deux avant-bras', 'ecchymoses au visage'])} et "
            f"{usager(p)} semblait {g(p, 'craintive', 'craintif')}.\n\n"
            "Je suis disponible pour en discuter. Le consentement n'a pas été obtenu; la "
            "situation me semble répondre aux critères de signalement obligatoire.\n\n"
            f"{ts.full}, T.S.\n" + C.sig_fr(ts, "Direction du programme SAPA"))
    m = mail(c, ts.addr(), [com.addr()], "Signalement – maltraitance (confidentiel)", body)
    return R.spec("mistreatment_report", "elder mistreatment report to commissioner", m)


def p_dpj(c):
    R = Rec(c, "fr")
    kids = [q for q in c.nams if C.age_on(q.dob) < 16]
    base = c.pick(kids)
    p = C.Patient(base.given, base.surname, base.sex, base.dob, nam=base.nam)
    c._decorate(p)
    ssp = staff(c, "Intervenante en soins spirituels, pédiatrie|Intervenant en soins spirituels, pédiatrie")
    ts = staff(c, "Travailleuse sociale, pédiatrie|Travailleur social, pédiatrie")
    soc = R.social(["signalement retenu par la DPJ, placement temporaire en famille d'accueil",
                    "suivi DPJ en cours, contacts supervisés avec le père seulement"])
    dx = R.dx(DX_PED)
    body = (f"Salut {ts.given},\n\nJe suis {g(ssp, 'passée', 'passé')} voir l'enfant à la chambre {c.rng.randrange(201, 230)} "
            "hier. Petite précision pour ton dossier avant la réunion clinique :\n\n"
            f"  Enfant : {R.name(p, 'full')} – {R.sex(p, 'label')} – DDN {R.dob(p)}\n"
            f"  NAM : {R.nam(p)}\n  Motif d'hospitalisation : {dx}\n"
            f"  Situation : {soc}\n\n"
            "L'enfant m'a parlé de sa grand-mère à plusieurs reprises; il serait peut-être bon de "
            "vérifier avec l'intervenante DPJ si des visites sont possibles.\n\n"
            f"{ssp.given}\n")
    m = mail(c, ssp.addr(), [ts.addr()], "Enfant ch. 2C – suivi", body)
    return R.spec("youth_protection", "pediatric youth-protection follow-up between staff", m)


def p_rencontre_ics(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr")
    com = staff(c, "Commissaire adjointe aux plaintes|Commissaire adjoint aux plaintes")
    mdt = staff(c, "Chef de département de médecine")
    n = no_plainte(c)
    dx = R.dx()
    start = datetime.datetime(2025, c.rng.randrange(2, 11), c.rng.randrange(1, 28), 14, 0)
    desc = (f"Rencontre avec la famille de {R.name(p, 'title')} (dossier {R.mrn(p)}) – plainte {n}.\n"
            f"Sujets : annonce du diagnostic ({dx}), délais d'attente, communication avec la famille.\n"
            "Présents : commissaire adjointe, chef de département, infirmière-chef.")
    ics = A.ics(f"{n}-{c.rng.randrange(10**6)}@{C.FR_DOM}", start, start + datetime.timedelta(hours=1),
                f"Rencontre famille – plainte {n}", desc, "Salle B-214, pavillon Rivière",
                (com.full, com.email), [(mdt.full, mdt.email)])
    att = A.att_ics("invitation.ics", ics, c.rng)
    body = ("Bonjour,\n\nJe vous invite à la rencontre avec la famille. Les détails sont dans "
            "l'invitation.\n\n" + com.full + C.sig_fr(com))
    m = mail(c, com.addr(), [mdt.addr()], f"Invitation : Rencontre famille – plainte {n}", body, [att])
    return R.spec("family_meeting", "calendar invite for family meeting (ics)", m)


def p_deces_deuil(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr", 60, 98) if c.chance(0.5) else c.nam_patient()
    ssp = staff(c, "Intervenante en soins spirituels|Intervenant en soins spirituels")
    team = [staff(c, "Infirmière|Infirmier") for _ in range(2)]
    name = R.name(p, c.pick(["title", "full", "initial"]))
    dx = R.dx()
    extra = ""
    if p.nam and c.chance(0.8):
        extra = (f"\n(Pour le registre des décès : {C.fmt_name(c.rng, p, 'fr', 'surname_first')}, "
                 f"NAM {R.nam(p)}, né(e) le {R.dob(p)}, "
                 f"{R.sex(p, 'label')}.)\n")
    body = (f"Bonjour à l'équipe,\n\n{name} est {g(p, 'décédée', 'décédé')} cette nuit vers 3 h, {g(p, 'entourée', 'entouré')} de sa famille. "
            f"La maladie ({dx}) avait progressé rapidement cette semaine. J'ai fait un rituel d'adieu au "
            "chevet à la demande de sa fille.\n"
            f"{extra}\nLa famille souhaite une rencontre de suivi de deuil dans quelques semaines; "
            "je m'en occupe. Merci pour votre grande délicatesse auprès d'eux.\n\n"
            f"{ssp.given}\n" + C.sig_fr(ssp, "Service des soins spirituels"))
    m = mail(c, ssp.addr(), [t.addr() for t in team], c.pick(["Décès cette nuit – suivi", "Suivi de deuil"]),
             body)
    return R.spec("bereavement", "chaplain note after a death, bereavement follow-up", m)


def p_demande_dossier(c):
    R = Rec(c, "fr")
    p = c.nam_patient()
    arch = staff(c, "Archiviste médicale|Archiviste médical")
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    dx = dx_for(R, p)
    h1, h2 = ddates(c, 2)
    body = (f"Bonjour,\n\nDans le cadre de la plainte de la famille, pouvez-vous nous transmettre "
            "une copie des notes d'évolution et de la feuille d'administration des médicaments "
            "pour l'épisode suivant :\n\n"
            f"  {R.name(p, 'upper_surname')}\n  DDN : {R.dob(p)}   Sexe : {p.sex}\n"
            f"  NAM : {R.nam(p)}\n  Adresse au dossier : {R.address(p)}\n"
            f"  Hospitalisation du {h1} au {h2} ({dx})\n\n"
            "L'autorisation signée par la représentante légale est au dossier de plainte.\n\n"
            f"Merci,\n{com.full}" + C.sig_fr(com))
    m = mail(c, com.addr(), [arch.addr()], "Demande de copie de dossier – plainte", body)
    return R.spec("records_request", "request to medical records for a complaint", m)


def p_curatelle(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr", 65, 95)
    ts = staff(c, "Travailleuse sociale, 4B|Travailleur social, 4B")
    com = staff(c, "Commissaire adjointe aux plaintes|Commissaire adjoint aux plaintes")
    dx = R.dx(["démence de type Alzheimer avancée", "démence vasculaire", "séquelles d'AVC avec aphasie"])
    soc = R.social(["sous curatelle publique depuis 2021",
                    "sous régime de protection (curatelle publique), aucun proche"])
    quoted = (f"> Est-ce que quelqu'un représente {C.fmt_name(c.rng, p, 'fr', 'title_surname')} ? "
              "La plainte vient d'une voisine.\n> " + com.given)
    body = (f"Bonjour {com.given},\n\nOui : {R.name(p, c.pick(['full', 'surname_first']))} "
            f"(dossier {R.mrn(p)}) est {soc}. Inapte depuis l'évaluation de 2021 ({dx}). "
            "La personne-ressource au Curateur public est indiquée dans la note du 12. "
            "La voisine n'a pas qualité pour porter plainte en son nom, mais ses observations "
            "sont pertinentes pour l'unité.\n\n"
            f"{ts.given}\n\n" + quoted)
    m = mail(c, ts.addr(), [com.addr()], "RE: représentant légal ?", body, reply=True)
    return R.spec("curatorship", "social worker reply on legal representative", m)


def p_note_rapide(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr")
    a = staff(c, "Commissaire adjointe|Commissaire adjoint")
    b = staff(c, "Commissaire adjointe|Commissaire adjoint")
    sur = p.surname.lower()
    mme = "mme" if p.sex == "F" else "m."
    R.name(p, "lower")
    med = R.med(["lasix", "son lasix 40", "ses pompes (ventolin)", "le seroquel", "son coumadin"])
    body = c.pick([
        f"re: {mme} {sur} ch {c.rng.randrange(400, 499)} — la fille a rappelé, dit que {g(p, 'sa mère', 'son père')} n'a pas eu {med} hier soir. "
        "peux-tu vérifier avec l'inf-chef avant ta rencontre de 14h? merci\n",
        f"petit suivi : {p.given.lower()} {sur} ({mme}) toujours hospitalisé{g(p, 'e', '')}, {med} ajusté ce matin "
        "selon l'unité. la famille est rassurée, je pense fermer le dossier vendredi.\n",
    ])
    m = mail(c, a.addr(), [b.addr()], c.pick([f"{mme} {sur}", "suivi rapide", "re: appel famille"]), body)
    return R.spec("quick_note", "terse note between complaint officers", m, mode="plain")


def p_zip_dossier(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr")
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    prot = (f"protecteur.citoyen@protecteur.example")
    n = no_plainte(c)
    dx = R.dx()
    d1, d2, d3, d4 = ddates(c, 4)
    chrono = (f"Chronologie – dossier {n}\r\n"
              f"Usager : {R.name(p, 'surname_first')}  Dossier hospitalier : {R.mrn(p)}\r\n"
              f"{d1} : admission pour {dx}\r\n"
              f"{d2} : plainte verbale de la famille (cloche d'appel)\r\n"
              f"{d3} : rencontre avec l'unité, plan d'amélioration\r\n"
              f"{d4} : conclusions transmises\r\n").encode("utf-8")
    concl = A.pdf(f"Conclusions – dossier {n}",
                  [f"Usager : {p.full}", "Motif : soins et services dispensés",
                   f"Contexte clinique : {dx}", "Conclusion : plainte fondée en partie.",
                   "Mesures : formation de l'équipe de nuit sur la réponse aux cloches."])
    members = [(f"{n}/chronologie.txt", chrono), (f"{n}/conclusions.pdf", concl)]
    att = A.att_zip(f"dossier_{n}.zip", members)
    body = ("Madame, Monsieur,\n\nEn réponse à votre demande dans le cadre du recours au Protecteur "
            f"du citoyen, vous trouverez ci-joint les documents du dossier {n} (archive ZIP).\n\n"
            "Veuillez agréer mes salutations distinguées.\n\n" + com.full + C.sig_fr(com))
    m = mail(c, com.addr(), [("Protecteur du citoyen – enquêtes", prot)],
             f"Dossier {n} – documents demandés", body, [att])
    return R.spec("complaint_bundle", "complaint file sent as zip to external ombudsman", m)


def p_fwd_eml(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr") if c.chance(0.5) else c.nam_patient()
    chef = staff(c, "Infirmière-chef, urgence|Infirmier-chef, urgence")
    com = staff(c, "Commissaire adjointe aux plaintes|Commissaire adjoint aux plaintes")
    from gen_mime import Builder, Transport
    inner_lines = [f"Bonjour,\n\nComme discuté au téléphone, voici les détails concernant "
                   f"{R.name(p, c.pick(['title', 'surname_first']))}"]
    if p.nam:
        inner_lines.append(f" (NAM {R.nam(p)}, {R.dob(p)}, {R.sex(p, 'label')})")
    else:
        inner_lines.append(f" (dossier {R.mrn(p)})")
    dx = dx_for(R, p)
    inner_lines.append(f" :\n\n{g(p, 'Arrivée', 'Arrivé')} à 18 h 40, triage P3, {dx}. Réévaluation seulement "
                       f"à 2 h 15. Analgésie : {R.med(['hydromorphone 1 mg SC', 'morphine 2,5 mg SC', 'acétaminophène 650 mg PO', 'kétorolac 15 mg IV'])} à 3 h. Le fils était très fâché et a "
                       "filmé le personnel. Je vous laisse voir pour la suite.\n\n" + chef.given + "\n")
    im = mail(c, chef.addr(), [com.addr()], "Usager à l'urgence – nuit de samedi", "".join(inner_lines))
    data = Builder(c.rng, "in%03d" % c.rng.randrange(1000)).build(im, Transport(mode="plain", charset="utf-8", cte="8bit"))
    att = A.att_eml("Usager à l'urgence – nuit de samedi.eml", data)
    mex = staff(c, "Commissaire aux plaintes et à la qualité des services")
    body = (f"{mex.given},\n\nJe te transfère le courriel de l'infirmière-chef (en pièce jointe) pour "
            "la plainte de samedi. On en parle au caucus.\n\n" + com.given + "\n")
    m = mail(c, com.addr(), [mex.addr()], "TR: Usager à l'urgence – nuit de samedi", body, [att])
    return R.spec("forwarded_eml", "forward with attached message from ER head nurse", m)


def p_sujet_seul(c):
    R = Rec(c, "fr")
    p = c.nam_patient() if c.chance(0.5) else c.other_patient("fr")
    com = staff(c, "Commissaire adjointe aux plaintes|Commissaire adjoint aux plaintes")
    chef = staff(c, "Chef d'unité, 3A chirurgie")
    dx = R.dx(["fracture de la hanche gauche", "plaie de pression stade 3 au sacrum",
               "infection de plaie opératoire", "pneumonie d'aspiration"])
    subj = f"Plainte – {R.name(p, c.pick(['surname_first', 'upper_surname', 'full']))}"
    body = (f"Bonjour {chef.given},\n\n{g(p, 'La patiente visée', 'Le patient visé')} par la plainte a développé "
            f"une {dx} pendant le séjour. La famille parle de négligence sur les changements de "
            "position. Pouvez-vous me transmettre les grilles de Braden et le plan de soins ?\n\n"
            f"Merci\n{com.given}\n")
    m = mail(c, com.addr(), [chef.addr()], subj, body)
    return R.spec("subject_only", "name only in subject, clinical detail in body", m)


def p_nom_fichier(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr", 60, 95)
    agente = staff(c, "Agente administrative – Commissariat|Agent administratif – Commissariat")
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    n = no_plainte(c)
    R.add("patient_name")
    R.names.append(p)
    fn = c.pick([f"Plainte_{p.surname}_{p.given[0]}_{n}.pdf",
                 f"{C.strip_accents(p.surname).upper()}_{C.strip_accents(p.given)}_plainte.pdf"])
    med = R.med(["métoprolol 50 mg (double dose)", "insuline rapide 10 U au lieu de 1 U",
                 "hydromorphone 2 mg au lieu de 0,5 mg"])
    pdfl = ["Plainte écrite reçue par la poste (numérisée)", f"Dossier : {n}",
            f"Objet : erreur de médication – {med}",
            f"La plaignante rapporte que {g(p, 'sa mère a été transférée', 'son père a été transféré')} aux soins intensifs après l'erreur."]
    att = A.att_pdf(fn, "Plainte écrite", pdfl)
    body = (f"Bonjour,\n\nPlainte papier reçue ce matin, numérisée et jointe. Il s'agit d'une erreur de "
            f"médication ({med}). Je l'ai inscrite au registre sous le numéro {n}.\n\n"
            f"{agente.given}\n")
    m = mail(c, agente.addr(), [com.addr()], f"Nouvelle plainte papier – {n}", body, [att])
    return R.spec("filename_only", "scanned complaint, patient named only in file name", m)


def p_etranger(c):
    R = Rec(c, "fr")
    be = c.chance(0.5)
    p = c.other_patient("be" if be else "fra")
    fin = staff(c, "Agente – facturation des non-résidents|Agent – facturation des non-résidents")
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    ident = f"NISS : {R.niss(p)}" if be else f"N° de sécurité sociale (NIR) : {R.nir(p)}"
    dx = R.dx(["fracture bimalléolaire de la cheville droite", "pneumonie acquise en communauté",
               "colique néphrétique avec lithiase de 7 mm", "infarctus NSTEMI"])
    body = (f"Bonjour {com.given},\n\nPour la plainte sur la facturation (touriste "
            f"{'belge' if be else 'française'}), voici les informations que l'assureur voyage "
            "nous demande de valider avant de réviser la facture :\n\n"
            f"Nom : {R.name(p, 'upper_surname')}\nDate de naissance : {R.dob(p, 'dmy')}\n{ident}\n"
            f"Séjour : urgence puis {c.pick(['orthopédie', 'médecine', 'cardiologie'])}, diagnostic : {dx}\n\n"
            f"{g(p, 'La patiente', 'Le patient')} conteste le tarif non-résident appliqué à l'imagerie. Je vous propose "
            "d'attendre la réponse de l'assureur.\n\n" + fin.full + C.sig_fr(fin, "Service des finances"))
    m = mail(c, fin.addr(), [com.addr()], "Plainte facturation – patient non résident", body)
    return R.spec("foreign_patient", "non-resident patient billing complaint with foreign ID", m)


def p_aide_sociale(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr")
    ts = staff(c, "Travailleuse sociale, urgence|Travailleur social, urgence")
    com = staff(c, "Commissaire adjointe aux plaintes|Commissaire adjoint aux plaintes")
    soc = R.social(["en situation d'itinérance depuis l'automne",
                    "sans domicile fixe, hébergé au refuge municipal"])
    body = (f"Bonjour,\n\nSuite à la plainte de {R.name(p, 'title')} (effets personnels perdus à "
            f"l'urgence, dont ses cartes), j'ai aidé {usager(p)} à refaire sa demande d'aide de "
            "dernier recours. Pour votre dossier :\n\n"
            f"- situation : {soc}\n- NAS : {R.sin(p)}\n- date de naissance : {R.dob(p)}\n"
            f"- suivi en dépendance, {R.dx(['trouble lié à l’usage de l’alcool', 'trouble lié aux opioïdes sous méthadone'])}\n\n"
            "Le portefeuille n'a pas été retrouvé. Je pense que la plainte est fondée.\n\n"
            f"{ts.full}, T.S.\n")
    m = mail(c, ts.addr(), [com.addr()], "Plainte effets perdus – suivi TS", body)
    return R.spec("income_support", "social worker follow-up with SIN for aid request", m)


TEMPLATES = [p_plainte_web, p_accuse_reception, p_demande_aumonier, p_liste_soins_spirituels,
             p_incident_ah223, p_consult_ethique, p_medecin_examinateur, p_version_faits,
             p_maltraitance, p_dpj, p_rencontre_ics, p_deces_deuil, p_demande_dossier,
             p_curatelle, p_note_rapide, p_zip_dossier, p_fwd_eml, p_sujet_seul, p_nom_fichier,
             p_etranger, p_aide_sociale]
