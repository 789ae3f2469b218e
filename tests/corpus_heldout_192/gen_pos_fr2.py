"""French positive templates, part 2: replies, forwards, spreadsheets,
calendar invitations, youth protection, foreign patients, subject-only names,
ZIP exports and attached messages."""
import datetime

import gen_data as D
import gen_docs as G
import gen_mime as M
from gen_base import dt, fr_fwd_header, quote, who
from gen_clin import SCENARIOS

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def fr_reply_quoted(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice(SCENARIOS)
    m.add("diagnosis")
    asker = r.choice(["veilleux", "benali", "rioux"])
    doc = r.choice(["haddad", "vachon", "raman", "desrosiers"])
    nm = m.name(p, ["initial", "full", "last_first_mixed"][v % 3])
    mr = m.mrn(p) if v != 1 else None
    orig_date = m.date - datetime.timedelta(hours=r.randrange(2, 30))
    q = ("Bonjour %s,\n\nJ'ai vu %s%s en clinique ce matin. %s\n%s\n\n"
         "Est-ce que tu veux le/la revoir avant la date prévue ou on continue le plan actuel?\n\n%s"
         % (D.staff_name(doc), nm, (" (dossier %s)" % mr) if mr else "", sc["hx_fr"], sc["lab_fr"],
            D.STAFF[asker][0]))
    m.add("lab_result")
    ans = r.choice([
        "On devance. Mets-le/la sur ma liste de mardi, et demande un Doppler d'ici là.",
        "On garde le plan. Si la rougeur progresse, aux urgences directement.",
        "Je vais le/la voir à l'étage cet après-midi. Merci de m'avoir avisé.",
    ])
    subj = "Suivi clinique"
    txt = ("%s\n\n%s\n\nLe %s à %s, %s a écrit :\n%s" % (
        ans, D.STAFF[doc][0], D.fr_day(orig_date), orig_date.strftime("%H:%M"), D.staff_name(asker, title=False),
        quote(q)))
    return m.finish("reply", "réponse avec texte cité au sujet d'un patient de la clinique", who(doc), [who(asker)],
                    "RE: " + subj, M.text(txt), extra=[("In-Reply-To", "<q%d.%d@chrs.example>" % (m.idx, v))])


def fr_forward_inline(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[1], SCENARIOS[4], SCENARIOS[6], SCENARIOS[12], SCENARIOS[9]])
    m.add("diagnosis", "medication")
    nm = m.name(p, "last_first")
    orig_date = m.date - datetime.timedelta(days=r.randrange(1, 4), hours=r.randrange(1, 6))
    fwd_from = who("benali")
    inner = ("Bonjour Chantal,\n\n%s vu en podiatrie aujourd'hui. %s\nTraitement : %s\n\n"
             "Je pense qu'il faut l'avis du vasculaire avant de faire plus de débridement.\n\nNadia Benali, podiatre"
             % (nm, sc["hx_fr"], sc["med_fr"]))
    top = r.choice(["Pour ton info, à discuter au comité de jeudi.", "Karim, peux-tu regarder? Merci",
                    "FYI — voir le message de Nadia plus bas."])
    txt = "%s\n\nChantal\n\n%s\n\n%s" % (top, fr_fwd_header(fwd_from, "Chantal Veilleux", orig_date,
                                                             "Patient podiatrie"), inner)
    return m.finish("forward", "transfert interne d'un message de podiatrie", who("veilleux"),
                    [who(r.choice(["haddad", "vachon"]))], "TR: Patient podiatrie",
                    m.body(txt, "alt" if v == 1 else "plain"))


def fr_wound_xlsx(m, v):
    r = m.rng
    pts = [m.patient() for _ in range(r.randrange(5, 8))]
    rows = [["Dossier", "Nom", "Site", "Étiologie", "L x l x p (cm)", "Évolution", "Pansement"]]
    sites = ["talon D", "hallux G", "malléole ext. G", "plantaire M1 D", "moignon ATM G", "jambe G 1/3 inf.", "orteil 3 D"]
    etio = ["neuropathique", "artérielle", "veineuse", "pression", "post-op", "mixte"]
    dress = ["Aquacel Ag", "Mepilex Border", "TPN 125 mmHg", "Iodosorb", "alginate + compresse", "Intrasite gel"]
    for p in pts:
        rows.append([m.mrn(p, "plain"), m.name(p, "last_first_mixed"), r.choice(sites), r.choice(etio),
                     "%.1f x %.1f x %.1f" % (r.uniform(0.5, 5), r.uniform(0.4, 4), r.uniform(0.1, 1.2)),
                     r.choice(["↓ 20 %", "stable", "↑ aggravation", "↓ 35 %", "fermée"]), r.choice(dress)])
    m.add("diagnosis")
    x = G.make_xlsx([("Semaine", rows)], author="Chantal Veilleux")
    txt = r.choice(["Bonjour,\n\nVoici le suivi hebdomadaire des mesures de plaies pour la réunion de demain.\n\n",
                    "Bonjour à tous,\n\nFichier de suivi à jour (onglet Semaine). Les plaies en aggravation sont à discuter.\n\n"])
    txt += D.signature("veilleux", "fr")
    fname = r.choice(["suivi_plaies_sem%02d.xlsx" % m.today.isocalendar()[1], "Mesures plaies %s.xlsx" % m.today.strftime("%Y-%m-%d")])
    body = M.mixed(m.body(txt, "plain" if v != 1 else "alt"), M.attach(x, XLSX, fname))
    return m.finish("wound_tracking", "suivi hebdomadaire des mesures de plaies", who("veilleux"),
                    [("Équipe plaies", "equipe.plaies@" + D.ORG_DOM)], "Suivi plaies – semaine %d" % m.today.isocalendar()[1], body)


def fr_ics(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[0], SCENARIOS[2], SCENARIOS[10], SCENARIOS[11], SCENARIOS[7]])
    m.add("diagnosis")
    when = m.later(3, 15)
    start = datetime.datetime(when.year, when.month, when.day, r.choice([8, 10, 13]), 0)
    nm = m.name(p, r.choice(["title", "last_first", "full"]))
    mr = m.mrn(p, "h")
    summ = "%s – %s (dossier %s)" % (sc["proc_fr"].split(" (")[0].capitalize(), nm, mr)
    ics = G.make_ics("%s-%d@chrs.example" % (m.msgid[1:9], m.idx), datetime.datetime(2025, 1, 6, 13, 0),
                     start, start + datetime.timedelta(hours=2), summ,
                     description="Indication : %s. Apporter le consentement signé. Salle d'angiographie 2." % sc["dx_fr"],
                     location="Salle d'angiographie 2, 1er étage",
                     organizer=("Isabelle Côté-Fiset", D.staff_addr("cotefiset")),
                     attendees=[("Étienne Lachance", D.staff_addr("lachance")), ("Karim Haddad", D.staff_addr("haddad"))])
    txt = "Invitation : %s\n%s, %s\n\nIndication : %s" % (summ, D.fr_day(when), start.strftime("%Hh%M"), sc["dx_fr"])
    if v == 1:
        body = M.mixed(M.text(txt), M.attach_text(ics, "text/calendar", "invitation.ics", cte="base64"))
    elif v == 2:
        body = M.alt(M.text(txt), M.attach_text(ics, "text/calendar; method=REQUEST", "invite.ics", cte="7bit"))
    else:
        body = M.mixed(M.text(txt), M.attach_text(ics, "text/calendar", "invite.ics", cte="quoted-printable"))
    return m.finish("calendar", "invitation de calendrier pour une intervention", who("cotefiset"),
                    [who("lachance"), who("haddad")], "Invitation : " + summ, body)


def fr_dpj(m, v):
    r = m.rng
    p = m.holder("child")
    ident = m.nam_block(p, layout="lines")
    m.add("diagnosis", "social_information", "patient_contact")
    adr = m.addr_line(p)
    situ = [
        ("Brûlure du 2e degré profond au dos du pied droit (environ 4 % SCT), consultation 5 jours après "
         "l'événement, plaie surinfectée. Explications variables des parents sur le mécanisme.",
         "Mère seule avec trois enfants, a manqué 3 rendez-vous de pansement ; enfant absent de l'école depuis 2 semaines."),
        ("Plaies chroniques aux deux pieds chez enfant diabétique de type 1 (HbA1c 13,4 %), hygiène des pieds "
         "très déficiente, ongles incarnés infectés.",
         "Glycémies non surveillées à la maison, insuline souvent non administrée selon l'infirmière scolaire."),
        ("Morsure de chien à la jambe gauche, suture retardée, plaie nécrotique à 10 jours.",
         "Père rapporte consommation d'alcool de la mère ; les enfants seraient laissés seuls le soir."),
    ][v % 3]
    if situ[0].count("HbA1c"):
        m.add("lab_result")
    txt = ("Bonjour,\n\nJe vous fais un signalement concernant un enfant suivi à notre clinique de plaies.\n\n%s\n"
           "Adresse de la famille : %s\n\nMotif clinique : %s\n\nÉléments de compromission : %s\n\n"
           "La famille n'a pas été avisée du signalement. Je suis joignable au poste 4490 pour toute information.\n\n%s"
           % (ident, adr, situ[0], situ[1], D.signature("menard", "fr", ext="4490")))
    return m.finish("youth_protection", "signalement à la protection de la jeunesse d'un enfant suivi en plaies",
                    who("menard"), [(D.DPJ[0], "signalements@" + D.DPJ[1])], "Signalement – enfant suivi en clinique de plaies",
                    m.body(txt, "plain"))


def fr_foreign_nir(m, v):
    r = m.rng
    g, s, sex = r.choice(D.PATIENTS_FRANCE)
    p = m.patient(pool=[(g, s, sex)], dob_range=(1946, 1968))
    nir = D.gen_nir(r, p.dob, p.sex)
    nir_f = m.ident("nir", nir, D.fmt_nir(nir, r.choice(["space", "plain", "key", "dot"])))
    nm = m.name(p, r.choice(["caps", "title_full", "last_first"]))
    dob = m.dob(p, "dmy")
    sc = r.choice([SCENARIOS[12], SCENARIOS[2], SCENARIOS[1]])
    m.add("diagnosis")
    lines = ["Bonjour,", "",
             "Patient(e) de nationalité française admis(e) hier par l'urgence, en séjour touristique chez sa sœur.",
             "", "Nom : %s" % nm, "Né(e) le : %s" % dob, "N° de sécurité sociale (NIR) : %s" % nir_f]
    if v != 1:
        lines.append("Adresse en France : %d, rue des Tanneurs, %s" % (r.randrange(2, 80), r.choice(["69003 Lyon", "44000 Nantes", "33800 Bordeaux"])))
        m.add("patient_contact")
    lines += ["", "Diagnostic : %s." % sc["dx_fr"], "Intervention prévue : %s." % sc["proc_fr"], "",
              "Pouvez-vous ouvrir le dossier de facturation hors Canada et vérifier la prise en charge par son "
              "assurance voyage ? La famille a fourni une copie de la carte Vitale.", "",
              D.signature("cotefiset", "fr", unit=D.VASC_FR, phone=D.PHONE_VASC)]
    return m.finish("foreign_patient", "patient français hospitalisé, ouverture de facturation", who("cotefiset"),
                    [("Facturation – patients non assurés", "facturation.hq@" + D.ORG_DOM)],
                    "Patient hors Québec – France – facturation", m.body("\n".join(lines), "alt" if v == 2 else "plain"))


def fr_foreign_niss(m, v):
    r = m.rng
    g, s, sex = r.choice(D.PATIENTS_BE)
    p = m.patient(pool=[(g, s, sex)], dob_range=(1944, 1970))
    niss = D.gen_niss(r, p.dob, p.sex)
    niss_f = m.ident("niss", niss, D.fmt_niss(niss, r.choice(["std", "plain", "space", "hyphen"])))
    nm = m.name(p, r.choice(["last_first", "full", "initial_caps"]))
    sc = r.choice([SCENARIOS[5], SCENARIOS[3], SCENARIOS[8]])
    m.add("diagnosis")
    rows = [["Nom", nm], ["NISS", niss_f], ["Mutualité", "Mutualité Horizon Wallonie — affiliation à confirmer"],
            ["Diagnostic", sc["dx_fr"]], ["Séjour", "du %s, durée prévue 5 jours" % m.earlier(0, 2).isoformat()]]
    if v == 1:
        dob = m.dob(p, "dmy")
        rows.insert(1, ["Date de naissance", dob])
    doc = G.make_docx("Fiche admission patient étranger", [("h", "Fiche d'admission — patient non résident"),
                                                           ("table", rows),
                                                           "Formulaire européen à faire remplir par la mutualité."])
    txt = ("Bonjour,\n\nVoici la fiche pour le patient belge admis en chirurgie vasculaire. Merci de faire le "
           "suivi avec la mutualité pour la garantie de paiement.\n\n" + D.signature("asselin", "fr", unit=D.VASC_FR, phone=D.PHONE_VASC))
    fname = r.choice(["Fiche_admission_%s.docx" % p.surname.replace(" ", ""), "fiche admission patient belge.docx"])
    body = M.mixed(m.body(txt, "plain"), M.attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname))
    return m.finish("foreign_patient", "patient belge hospitalisé, fiche d'admission", who("asselin"),
                    [("Admission", "admission@" + D.ORG_DOM)], "Patient belge – garantie de paiement", body)


def fr_subject_only(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice(SCENARIOS)
    m.add("diagnosis")
    nm = m.name(p, ["last_first_mixed", "title", "surname"][v % 3])
    ch = r.randrange(401, 430)
    subj = ["RE: %s ch. %d" % (nm, ch), "%s – Doppler fait" % nm, "Re: %s / consentement" % nm][v % 3]
    k = r.randrange(3)
    txt = [
        "Doppler fait ce matin. %s. On planifie %s jeudi si le néphro est d'accord." % (sc["lab_fr"], sc["proc_fr"]),
        "Vu ce matin avec la fille. %s Consentement signé pour %s." % (sc["hx_fr"], sc["proc_fr"]),
        "Résultat : %s. Je t'en reparle au tour de 16h." % sc["lab_fr"],
    ][k]
    if k != 1:
        m.add("lab_result")
    txt += "\n\n" + D.STAFF["sethi"][0]
    return m.finish("subject_only", "échange bref où le nom n'apparaît que dans l'objet", who("sethi"),
                    [who(r.choice(["haddad", "vachon"]))], subj, M.text(txt))


def fr_audit_zip(m, v):
    r = m.rng
    hs = [m.holder("adult") for _ in range(3)]
    rows = [["nom", "prenom", "ddn", "sexe", "nam", "niveau_amputation", "date_chirurgie", "cause"]]
    causes = ["ICMM non reconstructible", "ostéomyélite + ischémie", "gangrène humide", "infection pied diabétique"]
    levels = ["ASG", "ATM", "orteil 1", "rayon 5", "ASG", "AAG"]
    for p in hs:
        m.types.add("patient_name")
        m.meta["names"].append(p.surname)
        dob = p.dob.isoformat()
        m.types.add("date_of_birth")
        m.types.add("ramq_nam")
        m.meta["nams"].append({"nam": p.nam, "dob": dob, "sex": p.sex, "sex_pat": ",%s," % p.sex})
        rows.append([p.surname.upper(), p.given, dob, p.sex, p.nam, r.choice(levels),
                     m.earlier(30, 200).isoformat(), r.choice(causes)])
    m.add("diagnosis")
    csvtxt = G.make_csv(rows, ",")
    z = G.make_zip([("audit_amputations_%d.csv" % m.today.year, csvtxt.encode("utf-8")),
                    ("LISEZMOI.txt", "Extraction pour l'audit qualité — usage interne seulement.\r\n".encode("utf-8"))])
    txt = ("Bonjour Josiane,\n\nComme convenu, l'extraction pour l'audit des amputations (cas du trimestre). "
           "Je t'envoie le mot de passe par Teams.\n\nMerci\n\n" + D.signature("dufour", "fr"))
    body = M.mixed(m.body(txt, "plain"), M.attach(z, "application/zip", "extraction_audit_T%d.zip" % ((m.today.month - 1) // 3 + 1)))
    return m.finish("audit_export", "extraction nominative pour audit des amputations", who("dufour"), [who("ferland")],
                    "Extraction audit amputations", body)


def fr_attached_eml(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[3], SCENARIOS[9], SCENARIOS[6], SCENARIOS[1]])
    m.add("diagnosis", "social_information")
    nm = m.name(p, r.choice(["title_full", "full"]))
    soc = [
        "Lors de la visite, ecchymoses aux bras ; la patiente dit avoir peur de son conjoint, qui a refusé que j'entre hier. Elle ne veut pas porter plainte pour l'instant.",
        "Le propriétaire a envoyé un avis d'éviction pour la fin du mois ; le patient parle d'aller vivre dans son auto.",
        "Le fils gère l'argent de sa mère et refuse d'acheter les pansements ; suspicion d'abus financier, dossier ouvert par la TS.",
    ][v % 3]
    inner_txt = ("Bonjour Mme Ménard,\n\nJe fais le suivi à domicile de %s pour %s.\n\n%s\n\n"
                 "Pouvez-vous rappeler la clinique pour coordonner? Merci.\n\nInf. Sandrine Harvey, CLSC de la Rivière\n%s"
                 % (nm, sc["dx_fr"], soc, D.CLSC[2]))
    if v == 2:
        inner_txt += "\nLa patiente est joignable au %s seulement le matin." % m.contact(p, "phone")
    d0 = dt(m.earlier(1, 3), 14, 5)
    inner = m.nested(("Sandrine Harvey", "s.harvey@" + D.CLSC[1]), [("Lucie Ménard", D.staff_addr("menard"))],
                     "Usager(ère) – situation préoccupante", M.text(inner_txt), d0)
    txt = ("Dr Haddad,\n\nJe vous transfère le courriel de l'infirmière du CLSC (en pièce jointe) concernant votre "
           "patient(e). On en parle à la rencontre interdisciplinaire.\n\n" + D.signature("menard", "fr"))
    body = M.mixed(M.text(txt), M.rfc822(inner, r.choice(["message CLSC.eml", "Usager situation.eml", None])))
    return m.finish("attached_message", "courriel du CLSC transféré en pièce jointe, situation sociale", who("menard"),
                    [who("haddad")], "TR: Usager(ère) – situation préoccupante", body)


TEMPLATES = [fr_reply_quoted, fr_forward_inline, fr_wound_xlsx, fr_ics, fr_dpj, fr_foreign_nir, fr_foreign_niss,
             fr_subject_only, fr_audit_zip, fr_attached_eml]
