"""French positive templates, part 1: referrals, census, booking, transport,
lab follow-ups, discharge summaries, prescriptions, insurer forms, home care,
quick notes."""
import gen_data as D
import gen_docs as G
import gen_mime as M
from gen_base import deaccent, html_table, text_table, to_html, who
from gen_clin import SCENARIOS, short_has_med

SECR_VASC = ("Secrétariat chirurgie vasculaire", "chirvasc.secretariat@" + D.ORG_DOM)
CLINIQUE = ("Clinique de plaies", "clinique.plaies@" + D.ORG_DOM)


def gmf_doc(m):
    g = m.rng.choice(["giroux", "chandran"])
    st = D.STAFF[g]
    title = "Dre" if st[2] == "F" else "Dr"
    return g, ("%s %s %s" % (title, st[0], st[1]), "%s@%s" % (st[7], D.GMF[1]))


def gmf_sig(key):
    st = D.STAFF[key]
    title = "Dre" if st[2] == "F" else "Dr"
    return "%s %s %s\nMédecin de famille\n%s\n88, rue Principale, Val-des-Bouleaux (Québec)  J0Y 1B0\nTél. : %s" % (
        title, st[0], st[1], D.GMF[0], D.GMF[2])


def fr_referral(m, v):
    r = m.rng
    p = m.holder("adult")
    sc = r.choice(SCENARIOS)
    key, frm = gmf_doc(m)
    ident = m.nam_block(p)
    m.add("diagnosis", "lab_result", "medication")
    prio = r.choice(["B (moins de 10 jours)", "A (moins de 3 jours)", "C (moins de 28 jours)"])
    intro = r.choice([
        "Je vous réfère ce patient(e) pour %s." % sc["dx_fr"],
        "Merci de voir en consultation pour %s." % sc["dx_fr"],
        "Demande d'évaluation en chirurgie vasculaire : %s." % sc["dx_fr"],
    ])
    body = ("Bonjour,\n\n%s\n\n%s\n\nHistoire : %s\nInvestigation : %s\nMédication actuelle : %s\n\n"
            "Question : candidat(e) à %s ?\nPriorité clinique : %s\n\nMerci de votre collaboration,\n\n%s"
            % (intro, ident, sc["hx_fr"], sc["lab_fr"], sc["med_fr"], sc["proc_fr"], prio, gmf_sig(key)))
    subj = r.choice(["Demande de consultation – chirurgie vasculaire", "Référence MVAS priorité " + prio[0],
                     "Consultation vasculaire SVP"])
    if v == 1:
        pdf = G.make_pdf("Demande de consultation", [
            ("h", "Demande de consultation — chirurgie vasculaire"),
            "Établissement demandeur : " + D.GMF[0],
            ident.replace("\n", "   "),
            "Raison : " + sc["dx_fr"], "Histoire : " + sc["hx_fr"], "Investigation : " + sc["lab_fr"],
            "Médication : " + sc["med_fr"], "Priorité : " + prio, ("gap",),
            ("small", "Formulaire DSQ-CV-01 (rév. 2023)")])
        short = ("Bonjour,\n\nCi-joint une demande de consultation pour %s. Le formulaire complet est en pièce "
                 "jointe.\n\nMerci!\n\n%s" % (sc["dx_fr"], gmf_sig(key)))
        body_node = M.mixed(m.body(short, "plain"), M.attach(pdf, "application/pdf", "demande_consultation_vasculaire.pdf"))
    else:
        body_node = m.body(body, "alt" if v == 2 else "plain")
    return m.finish("referral", "référence GMF vers chirurgie vasculaire", frm, [SECR_VASC], subj, body_node)


def fr_census(m, v):
    r = m.rng
    unit = r.choice(["4e Ouest", "4e Est", "Soins intermédiaires chirurgie"])
    pts = [m.patient() for _ in range(r.randrange(4, 7))]
    rows = [["Ch.", "Patient", "Âge", "Problème", "À faire"]]
    todo = ["Doppler de contrôle AM", "pansement TPN à changer lundi", "K+ 5,8 à recontrôler 16h",
            "vanco : taux résiduel avant 4e dose", "consult. physio pour transfert", "NPO minuit, bloc demain",
            "INR 2,9 : ne pas donner warfarine ce soir", "glycémies 4-5 fois/j, ajuster Lantus"]
    scs = r.sample(SCENARIOS, len(pts))
    for i, (p, sc) in enumerate(zip(pts, scs)):
        nm = m.name(p, "last_first" if v != 1 else "last_first_mixed")
        rows.append(["%d-%d" % (r.randrange(401, 430), r.randrange(1, 3)), nm, str(D.age_at(p.dob, m.today)),
                     sc["short_fr"], todo[(i + m.idx) % len(todo)]])
    m.add("diagnosis", "lab_result", "medication")
    hdr = "Liste de départ %s — garde chirurgie vasculaire du %s" % (unit, D.fr_day(m.today))
    sender = r.choice(["sethi", "levesque"])
    to = [who(r.choice(["haddad", "desrosiers", "vachon", "raman"]))]
    if v == 2:
        mrow = [rows[0][:2] + ["Dossier"] + rows[0][2:]]
        for row, p in zip(rows[1:], pts):
            mrow.append(row[:2] + [m.mrn(p, "plain")] + row[2:])
        x = G.make_xlsx([("Liste", mrow)], author=D.STAFF[sender][0] + " " + D.STAFF[sender][1])
        txt = "Salut,\n\nLa liste est en pièce jointe. Rien de majeur sauf le 2e de la liste.\n\n" + D.signature(sender, "fr", short=True)
        body = M.mixed(M.text(txt), M.attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              "liste_depart_%s.xlsx" % m.today.strftime("%Y%m%d")))
    elif v == 1:
        txt = hdr + "\n\n" + text_table(rows) + "\n\n" + D.signature(sender, "fr", short=True)
        h = "<html><body style=\"font-family:Arial\"><p><b>%s</b></p>%s<p>%s</p></body></html>" % (
            hdr, html_table(rows), D.STAFF[sender][0])
        body = M.alt(M.text(txt), M.html(h))
    else:
        lines = ["%s  %s (%s) – %s – %s" % (row[0], row[1], row[2], row[3], row[4]) for row in rows[1:]]
        body = M.text(hdr + "\n\n" + "\n".join(lines) + "\n\nBonne garde!\n" + D.STAFF[sender][0])
    return m.finish("census", "liste de départ de garde", who(sender), to, "Liste de départ " + unit, body)


def fr_booking(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice(SCENARIOS[:7] + SCENARIOS[10:11])
    exam = r.choice(["Doppler artériel des membres inférieurs + IPS/IOB", "pressions d'orteils et TcPO2",
                     "angio-TDM aorte et membres inférieurs", "écho-Doppler de surveillance de pontage"])
    when = m.later(3, 20)
    nm = m.name(p, r.choice(["title_full", "last_first", "full"]))
    mr = m.mrn(p, r.choice(["plain", "h", "dash", "space", "fullwidth"]))
    m.add("diagnosis")
    lines = ["Bonjour,", "",
             "Pourriez-vous donner un rendez-vous pour %s à %s (dossier %s) ?" % (exam, nm, mr),
             "Indication : %s." % sc["dx_fr"],
             "Demandé par %s, à faire avant sa visite du %s en clinique." % (D.staff_name(r.choice(["haddad", "vachon", "raman"])), D.fr_day(when)),
             ]
    if v != 1:
        lines.append("Le patient préfère être appelé au %s (pas de boîte vocale, rappeler si pas de réponse)." % m.contact(p, "phone"))
    lines += ["", "Merci beaucoup,", "", D.signature("cotefiset", "fr", unit=D.VASC_FR, phone=D.PHONE_VASC, ext="4471")]
    txt = "\n".join(lines)
    to = [("Laboratoire vasculaire", "labo.vasculaire@" + D.ORG_DOM)]
    subj = "Demande de RDV – " + exam.split(" +")[0]
    if v == 2:
        reply = ("Bonjour Isabelle,\n\nC'est céduler pour le %s à %s, salle 3. Patient à jeun non nécessaire.\n\n"
                 "Kenji\n\n%s" % (D.fr_day(when), m.hhmm(), "\n".join("> " + l for l in txt.split("\n"))))
        return m.finish("booking", "confirmation de rendez-vous au laboratoire vasculaire",
                        who("nakamura"), [who("cotefiset")], "RE: " + subj, m.body(reply, "plain"),
                        extra=[("In-Reply-To", "<req.%d@chrs.example>" % m.idx)])
    return m.finish("booking", "demande de rendez-vous en laboratoire vasculaire", who("cotefiset"), to, subj,
                    m.body(txt))


def fr_transport(m, v):
    r = m.rng
    p = m.patient()
    when = m.later(2, 12)
    heure = m.hhmm(8, 13)
    nm = m.name(p, r.choice(["title_full", "last_first", "full"]))
    adr = m.contact(p, "addr")
    tel = m.contact(p, "phone")
    reason = r.choice(["changement de plâtre à contact total", "suivi de plaie post-amputation",
                       "changement de pansement TPN", "débridement en clinique"])
    mob = r.choice(["fauteuil roulant (amputé sous le genou gauche)", "marchette, botte de décharge",
                    "fauteuil roulant, ne peut pas mettre de poids sur le pied droit"])
    m.add("diagnosis")
    org = D.TRANSPORT
    if v == 1:
        doc = G.make_docx("Demande de transport", [
            ("h", "Demande de transport adapté — rendez-vous médical"),
            ("table", [["Usager", nm], ["Adresse", adr], ["Téléphone", tel],
                       ["Date de naissance", m.dob(p, "iso")],
                       ["Destination", D.ORG_FR + ", " + D.CLINIC_FR + ", pavillon B, 2e étage"],
                       ["Date / heure", "%s à %s" % (D.fr_day(when), heure)],
                       ["Motif", reason], ["Aide à la mobilité", mob]]),
            "Retour prévu environ 1 h 30 après l'heure du rendez-vous."])
        txt = ("Bonjour,\n\nVoici une demande de transport pour un de nos usagers (formulaire joint). "
               "Merci de confirmer par courriel.\n\n" + D.signature("parent", "fr"))
        fname = "Transport_%s_%s.docx" % (p.surname.upper(), when.strftime("%d%m"))
        body = M.mixed(M.text(txt), M.attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname))
    else:
        txt = ("Bonjour,\n\nNous avons besoin d'un transport pour %s\n%s\nTél. : %s\n\n"
               "Rendez-vous : %s à %s, %s (pavillon B, 2e étage), pour %s.\nMobilité : %s.\n"
               "Retour environ 1 h 30 plus tard.\n\nMerci!\n\n%s"
               % (nm, adr, tel, D.fr_day(when), heure, D.CLINIC_FR, reason, mob, D.signature("parent", "fr")))
        body = m.body(txt, "html" if v == 2 else "plain")
    return m.finish("transport", "demande de transport adapté pour rendez-vous de plaie", who("parent"),
                    [(org[0], "reservations@" + org[1])], "Demande de transport – " + D.fr_day(when), body)


def fr_lab_followup(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[1], SCENARIOS[5], SCENARIOS[9], SCENARIOS[12], SCENARIOS[6]])
    m.add("lab_result", "diagnosis", "medication")
    doc = r.choice(["bisson", "haddad", "vachon", "mercier"])
    if v == 2:
        mr = m.mrn(p, r.choice(["dash", "h", "space"]))
        txt = ("Dossier %s — résultat reçu ce matin :\n%s\n\nContexte : %s\nTraitement en cours : %s\n"
               "Je mets le patient en isolement contact d'ici ton retour?\n\nMélanie"
               % (mr, sc["lab_fr"], sc["dx_fr"], sc["med_fr"]))
        subj = "Résultat culture dossier " + mr
    else:
        nm = m.name(p, "title" if v == 0 else "initial_caps")
        txt = ("Bonjour %s,\n\nRésultats pour %s (%s) :\n%s\n\nIl est présentement sous %s. "
               "Est-ce qu'on modifie l'antibiothérapie ou on attend la visite de jeudi?\n\nMerci,\n%s"
               % (D.staff_name(doc), nm, sc["short_fr"], sc["lab_fr"], sc["med_fr"],
                  D.signature("rioux", "fr")))
        subj = r.choice(["Résultats labo – %s" % p.name("title", "fr"), "Suivi culture et bilan", "Labos à revoir"])
    return m.finish("lab_followup", "suivi de résultats de laboratoire", who("rioux"), [who(doc)], subj,
                    m.body(txt))


def fr_discharge(m, v):
    r = m.rng
    p = m.holder("adult")
    sc = r.choice(SCENARIOS)
    ident = m.nam_block(p, layout="lines")
    m.add("diagnosis", "medication", "lab_result")
    adm = m.earlier(6, 15)
    doc = r.choice(["haddad", "vachon", "desrosiers", "raman"])
    blocks = [("h", "RÉSUMÉ DE DÉPART — CHIRURGIE VASCULAIRE"), ("small", D.ORG_FR + " — Archives médicales")]
    blocks += ident.split("\n")
    blocks += ["Admission : %s    Départ : %s" % (adm.isoformat(), m.today.isoformat()),
               ("gap",), ("h", "Diagnostic principal"), sc["dx_fr"],
               ("h", "Histoire et évolution"), sc["hx_fr"],
               "Intervention : %s, sans complication peropératoire." % sc["proc_fr"],
               ("h", "Investigation"), sc["lab_fr"],
               ("h", "Médication au départ"), sc["med_fr"],
               ("h", "Suivi"), "Clinique de plaies dans 2 semaines ; CLSC pour pansements 3 fois par semaine.",
               ("gap",), "Médecin traitant : " + D.staff_name(doc)]
    pdf = G.make_pdf("Résumé de départ", blocks, author=D.staff_name(doc, title=False))
    fname = r.choice(["Resume_depart_%s_%s.pdf" % (p.surname.upper(), p.given),
                      "résumé de départ %s.pdf" % p.surname, "RD_%s.pdf" % p.surname.lower()])
    txt = r.choice([
        "Bonjour,\n\nVoici le résumé de départ pour suivi au GMF. N'hésitez pas si questions.\n\n",
        "Bonjour Dre Giroux,\n\nVotre patient(e) a quitté ce matin. Résumé en pièce jointe.\n\n",
        "Bonjour,\n\nCi-joint le résumé de départ signé. Le CLSC a reçu la demande de services.\n\n"])
    txt += D.signature("ferland", "fr", unit="Archives médicales")
    gmf_key = "giroux"
    to = [("Dre Anne-Marie Giroux", "am.giroux@" + D.GMF[1])]
    body = M.mixed(m.body(txt, "alt" if v == 1 else "plain"), M.attach(pdf, "application/pdf", fname))
    return m.finish("discharge", "résumé de départ transmis au médecin de famille", who("ferland"), to,
                    r.choice(["Résumé de départ", "Document – résumé de départ", "Résumé de départ (PDF)"]), body)


def fr_prescription(m, v):
    r = m.rng
    p = m.holder("adult")
    sc = r.choice(SCENARIOS)
    ident = m.nam_block(p, layout=r.choice(["lines", "inline"]))
    m.add("medication", "diagnosis")
    doc = r.choice(["haddad", "vachon", "bisson", "mercier"])
    rx = r.choice([
        ["Clavulin 875 mg PO BID x 14 jours", "Aquacel Ag 10 x 10 cm, 1 boîte, changement aux 3 jours"],
        ["Doxycycline 100 mg PO BID x 6 semaines", "Iodosorb gel 40 g, 2 tubes"],
        ["Rivaroxaban (Xarelto) 2,5 mg PO BID — à long terme", "AAS 80 mg PO DIE"],
        ["Céfalexine 500 mg PO QID x 10 jours", "Mepilex Border 15 x 15, 10 unités"],
        ["Hydromorphone 1 mg PO q4h PRN douleur, quantité 30 co, aucun renouvellement",
         "Docusate 100 mg BID"],
    ])
    lines = ["Pharmacien(ne),", "", "Ordonnance pour :", ident]
    if v == 2:
        lines.append("Adresse : " + m.contact(p, "addr"))
    lines += ["", "Indication : " + sc["short_fr"], ""] + ["Rx %d) %s" % (i + 1, x) for i, x in enumerate(rx)]
    lines += ["", "Allergie : " + r.choice(["aucune connue", "pénicilline (urticaire)", "sulfas"]),
              "", D.staff_name(doc) + " — permis %d" % r.randrange(10000, 99999),
              D.signature(doc, "fr", unit=D.VASC_FR, phone=D.PHONE_VASC)]
    txt = "\n".join(lines)
    if "pénicilline" in txt and "Clavulin" in txt:
        txt = txt.replace("pénicilline (urticaire)", "aucune connue")
    subj = r.choice(["Ordonnance", "Rx – transmission sécurisée", "Ordonnance de départ"])
    return m.finish("prescription", "ordonnance transmise à la pharmacie communautaire", who(doc),
                    [(D.PHARMA[0], "ordonnances@" + D.PHARMA[1])], subj, m.body(txt, "html" if v == 1 else "plain"))


def fr_insurer(m, v):
    r = m.rng
    p = m.patient(dob_range=(1962, 1985))
    sc = r.choice(SCENARIOS[:7] + SCENARIOS[9:])
    sin = D.gen_sin(r)
    sin_f = m.ident("sin", sin, D.fmt_sin(sin, r.choice(["space", "hyphen", "plain", "dot", "fullwidth"])))
    nm = m.name(p, "last_first")
    dob = m.dob(p, "iso")
    m.add("diagnosis")
    if v == 2:
        m.add("social_information")
        born = "née" if p.sex == "F" else "né"
        alone = "Elle vit seule" if p.sex == "F" else "Il vit seul"
        txt = ("Bonjour,\n\nJe vous transmets la demande de prestations spéciales (orthèses plantaires et chaussures "
               "adaptées) pour %s, %s le %s, NAS %s, prestataire de l'aide financière de dernière instance depuis sa "
               "perte d'emploi. %s et ne peut assumer le coût (environ 850 $).\n\n"
               "Diagnostic : %s.\nOrthèses prescrites par la podiatre de la clinique.\n\n"
               "Je reste disponible,\n\n%s" % (nm, born, dob, sin_f, alone, sc["dx_fr"], D.signature("menard", "fr")))
        return m.finish("income_support", "demande de prestation spéciale pour orthèses, usager prestataire",
                        who("menard"), [("Centre local d'emploi — prestations spéciales", "prestations@cle-saules.example")],
                        "Demande de prestation spéciale – orthèses", m.body(txt, "plain"))
    stop = m.earlier(20, 60)
    pdf = G.make_pdf("Déclaration du médecin traitant", [
        ("h", "Déclaration du médecin traitant — invalidité de courte durée"),
        ("small", D.INSURER[0] + " — Formulaire MB-207"),
        "Assuré(e) : " + nm, "Date de naissance : " + dob, "Numéro d'assurance sociale : " + sin_f,
        ("gap",), "Diagnostic : " + sc["dx_fr"], "Traitement : " + sc["proc_fr"],
        "Arrêt de travail depuis le : " + stop.isoformat(),
        "Retour prévu : réévaluation dans 6 semaines", "Restrictions : aucune mise en charge prolongée, pas de marche > 15 min.",
        ("gap",), "Médecin : " + D.staff_name("vachon") + ", " + D.ORG_FR])
    fname = r.choice(["MB-207_%s.pdf" % p.surname, "formulaire_invalidite.pdf"])
    txt = ("Bonjour,\n\nVeuillez trouver ci-joint la déclaration du médecin traitant complétée, dossier de "
           "réclamation %d.\n\n%s" % (r.randrange(4000000, 4999999), D.signature("asselin", "fr", unit=D.VASC_FR, phone=D.PHONE_VASC)))
    body = M.mixed(m.body(txt, "plain"), M.attach(pdf, "application/pdf", fname))
    return m.finish("insurance_form", "formulaire d'invalidité transmis à l'assureur", who("asselin"),
                    [(D.INSURER[0], "reclamations@" + D.INSURER[1])], "Déclaration du médecin traitant – réclamation",
                    body)


def fr_home_care(m, v):
    r = m.rng
    p = m.holder("adult")
    sc = r.choice([SCENARIOS[1], SCENARIOS[3], SCENARIOS[5], SCENARIOS[6], SCENARIOS[9], SCENARIOS[13]])
    ident = m.nam_block(p)
    adr = m.contact(p, "addr")
    tel = p.phone
    soc = r.choice([
        "Vit seul(e) au 3e étage sans ascenseur ; conjoint(e) hébergé(e) en CHSLD depuis l'automne.",
        "Vit avec son fils qui travaille de nuit ; peu de soutien le jour, revenu de la Sécurité de la vieillesse seulement.",
        "Proche aidante (fille) épuisée, a demandé du répit ; logement insalubre signalé par l'équipe (moisissures).",
        "Sans véhicule, vit en maison de chambres ; refuse pour l'instant l'hébergement temporaire.",
    ])
    m.add("social_information", "diagnosis", "medication")
    txt = ("Bonjour,\n\nDemande de services de soutien à domicile — soins de plaies.\n\n%s\nAdresse : %s\n"
           "Téléphone : %s\n\nDiagnostic : %s\nPlan : %s\nMédication pertinente : %s\n\nSituation sociale : %s\n\n"
           "Première visite souhaitée d'ici 48 h. Merci!\n\n%s"
           % (ident, adr, tel, sc["dx_fr"], sc["proc_fr"], sc["med_fr"], soc, D.signature("lalime", "fr")))
    subj = "Demande SAD – soins de plaies"
    if v == 1:
        vc = G.make_vcard(p.given, p.surname, tel=[("HOME", tel)],
                          adr=(p.address[0], p.address[1], p.address[2], p.address[3]),
                          note="Usager clinique de plaies — sonner 2 fois")
        body = M.mixed(m.body(txt, "plain"), M.attach_text(vc, "text/vcard", "%s %s.vcf" % (p.given, p.surname),
                                                           cte="quoted-printable"))
    else:
        body = m.body(txt, "alt" if v == 2 else "plain")
    return m.finish("home_care", "demande de soins de plaies à domicile au CLSC", who("lalime"),
                    [(D.CLSC[0], "sad.accueil@" + D.CLSC[1])], subj, body)


def fr_quick_note(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice(SCENARIOS)
    m.add("diagnosis")
    ch = r.randrange(401, 430)
    form = ["lower", "title", "lower_last"][v % 3]
    nm = m.name(p, form)
    tgt = r.choice(["haddad", "desrosiers", "sethi", "levesque"])
    msgs = [
        "salut, peux-tu passer voir %s au %d avant ta clinique? %s. elle/il a mal depuis la nuit, pouls pedieux absent a droite." % (nm, ch, sc["short_fr"]),
        "Allo! %s (ch %d) : %s Famille veut te parler cet aprem, ok pour 15h?" % (nm, ch, sc["hx_fr"]),
        "%s refuse son pansement ce matin, dit que ça brûle. %s. Je note au dossier. Tu veux que j'appelle la TS?" % (nm, sc["short_fr"]),
    ]
    txt = msgs[v % 3]
    if v % 3 != 1 and short_has_med(sc):
        m.add("medication")
    if v == 1:
        m.add("medication")
        txt += "\nEn passant son %s — je continue?" % sc["med_fr"].split(",")[0]
    if r.random() < 0.6:
        txt = deaccent(txt)
    txt += "\n\n" + D.STAFF["rioux"][0] + "\nEnvoyé de mon iPhone"
    subj = r.choice(["ch %d" % ch, "petite question", "patient 4e", "urgent?"])
    return m.finish("quick_note", "note rapide entre collègues au sujet d'un patient hospitalisé", who("rioux"),
                    [who(tgt)], subj, M.text(txt))


TEMPLATES = [fr_referral, fr_census, fr_booking, fr_transport, fr_lab_followup, fr_discharge,
             fr_prescription, fr_insurer, fr_home_care, fr_quick_note]
