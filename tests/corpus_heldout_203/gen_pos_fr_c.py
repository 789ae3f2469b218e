"""Positive messages, French: forwards, attached messages, ZIP, terse notes, census."""
import datetime

from gen_common import d_fr, day_fr, name, DOM, MEDS
from gen_docs import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes, zip_bytes
from gen_tpl import (F, staff, ext_person, disp, sig, quote, outlook_quote, fwd, spec, nested, plus, at, age,
                     holder_person, reply_headers, earlier, fname_part)
from gen_pos_fr_b import XLSX, DOCX


def fwd_lit(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    urg = staff(c, "fr", "psy", unit="urgence psychiatrique")
    coord = staff(c, "fr", "coord", unit="coordination des lits")
    asi = staff(c, "fr", "asi")
    when = earlier(env.date, c, (1, 6))
    f.social()
    inner = ["Bonjour,", "Demande de lit pour %s, %d ans, sur civière depuis 31 h. %s; %s." %
             (f.nm(p, c.pick(["full", "last_first", "title_full"])), age(p, env), f.dx().capitalize(), f.sx()),
             "Sous garde provisoire depuis hier, a reçu %s à 4 h." % f.med(kind="prn"),
             "Dossier %s." % f.mrn(p), sig(urg, c, "fr", full=False)]
    body = [c.pick(["Pour toi – peux-tu le prendre au 4N dès qu'un lit se libère?", "FYI, on a un congé prévu à 11 h, ça pourrait fonctionner.",
                    "Voir plus bas. Urgent selon l'urgentologue."]),
            ("sig", ["%s" % coord.given]),
            fwd(c, "fr", urg, "Coordination des lits <lits@%s>" % DOM, when, "Demande de lit psychiatrie", inner)]
    subj = c.pick(["TR: Demande de lit psychiatrie", "Fwd: Demande de lit psychiatrie", "TR : demande de lit"])
    return spec(c, "fr", "fwd_lit", "demande de lit transférée", (disp(coord, c, "fr"), coord.email),
                [(disp(asi, c, "fr"), asi.email)], subj, body, env.date, f=f)


def eml_joint(c, env):
    f = F(c, "fr")
    p, h = (holder_person(env.holder("adult"), "fr", c), True) if c.chance(0.4) else (c.patient("fr"), False)
    chef = staff(c, "fr", "chef")
    inf = staff(c, "fr", "inf")
    psy = staff(c, "fr", "psy")
    d0 = earlier(env.date, c, (4, 48))
    inner_body = ["Bonjour,", "Incident à la sortie de %s hier : retour en retard de 3 h, intoxiqué%s (alcoolémie 0,12 à l'éthylomètre du poste), "
                  "propos menaçants envers sa mère au téléphone." % (f.nm(p, c.pick(["full", "title_last", "last_first"])), "e" if p.sex == "F" else ""),
                  "Reçu %s à l'arrivée. Sorties suspendues en attendant la révision d'équipe." % f.med(kind="prn")]
    f.lab()
    f.social()
    if h:
        inner_body.append(f.ident(p, sep=" ; "))
    inner_body.append(("sig", ["%s %s, inf." % (inf.given, inf.surname)]))
    subj_in = "Incident retour de sortie – %s" % name(p, "last_first_plain")
    ns = nested(c, "fr", (disp(inf, c, "fr"), inf.email), [(disp(psy, c, "fr"), psy.email)], subj_in, inner_body, d0)
    att = [{"name": c.pick(["Incident retour de sortie.eml", "incident_sortie.eml", subj_in + ".eml"]), "ctype": "message/rfc822",
            "eml": ns, "as_octet": c.chance(0.2)}]
    body = ["Bonjour,", "Je joins le courriel de l'équipe de soir. À discuter au caucus de 9 h avec la révision des modalités de sortie.",
            sig(chef, c, "fr", full=False)]
    return spec(c, "fr", "eml_joint", "courriel d'incident joint en pièce jointe", (disp(chef, c, "fr"), chef.email),
                [(disp(psy, c, "fr"), psy.email)], c.pick(["Incident d'hier (courriel joint)", "À discuter au caucus"]), body,
                env.date, attachments=att, f=f)


def zip_dossier(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    arch = staff(c, "fr", "archiv", unit="Archives médicales")
    av = ext_person(c, "fr", "aide_juridique", "avocat")
    notes = ["# Notes d'évolution (extrait)", "Patient : %s – dossier %s" % (f.nm(p, "last_first"), f.mrn(p, "plain")),
             "%s : admis sous garde préventive, %s." % (d_fr(plus(env, -14), "iso"), f.sx()),
             "%s : refus de la médication; %s administré IM selon ordonnance." % (d_fr(plus(env, -12), "iso"), f.med(idx=c.pick([2, 3, 5, 6, 14]), dose=False)),
             "%s : calme, accepte de rencontrer son avocat." % d_fr(plus(env, -10), "iso")]
    mar = [[d_fr(plus(env, -12 + i), "iso"), c.pick(["08:00", "20:00", "14:10"]), f.med(), c.pick(["donné", "refusé", "donné"])] for i in range(5)]
    members = [("notes_evolution.pdf", pdf_bytes("Notes d'évolution", notes)),
               ("FADM_%s.csv" % p.mrn, csv_bytes(["Date", "Heure", "Médicament", "Statut"], mar, encoding="utf-8")),
               ("autorisation_signee.txt", ("Autorisation de communiquer – signée par %s le %s\n" % (name(p, "full"), d_fr(plus(env, -3), "iso"))).encode("utf-8"))]
    att = [{"name": "Copie_dossier_%s.zip" % p.mrn, "ctype": "application/zip", "data": zip_bytes(members)}]
    f.social()
    body = ["Maître,", "Suite à l'autorisation signée de votre client, voici l'extrait du dossier demandé en vue de l'audience (garde en établissement).",
            "Le fichier est protégé par le mot de passe transmis par téléphone.", sig(arch, c, "fr")]
    return spec(c, "fr", "zip_dossier", "copie de dossier en archive ZIP pour un avocat", (disp(arch, c, "fr"), arch.email),
                [(disp(av, c, "fr"), av.email)], c.pick(["Copie de dossier – votre demande", "Demande d'accès – envoi sécurisé"]), body,
                env.date, attachments=att, f=f)


def note_rapide(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    a = staff(c, "fr", "inf")
    b = staff(c, "fr", "psy")
    ch = c.randint(1, 28)
    v = c.randint(0, 2)
    if v == 0:
        txt = "tu peux passer voir %s (ch %d) ? %s refuse son %s depuis 2 jours pis dit que la nourriture est empoisonnée" % (
            f.nm(p, c.pick(["lower", "given"])), ch, "elle" if p.sex == "F" else "il", f.med(brand=True, dose=False, kind="oral"))
        f.add("diagnosis")
    elif v == 1:
        m = f.med(dose=False, kind="oral")
        txt = "%s en %d : TA 88/54 ce matin apres sa dose %s%s, je %s tiens au lit. on baisse?" % (
            f.nm(p, c.pick(["lower", "last_init", "title_last"])), ch, "d'" if m[0].lower() in "aeiouéh" else "de ", m, "la" if p.sex == "F" else "le")
        f.lab()
    else:
        txt = "petit rappel : %s sort demain, ordonnance pas encore signée (%s + %s). sa TS a trouvé une place en maison d'hébergement" % (
            f.nm(p, c.pick(["lower", "init_last", "title_last"])), f.med(kind="oral"), f.med(kind="oral"))
        f.social()
    if "patient_name" in f.T and (c.chance(0.4) or txt.split(" ")[3:4] == [p.given]):
        txt += "\n(dossier %s)" % f.mrn(p, c.pick(["plain", "dash", "fw"]))
    body = [txt, ("sig", [a.given])]
    if c.chance(0.5):
        body = [c.pick(["ok j'y vais après la réunion", "Oui, baisse à la moitié. Je signe tantôt.", "merci, vu"])] + [quote(c, "fr", a, earlier(env.date, c, (0, 2)), body)]
        frm, to = b, a
    else:
        frm, to = a, b
    return spec(c, "fr", "note_rapide", "note rapide entre collègues", (disp(frm, c, "fr"), frm.email),
                [(disp(to, c, "fr"), to.email)], c.pick(["ch %d" % ch, "question", "(sans objet)", "patient %d" % ch]), body, env.date, f=f,
                transport={"body": "plain"} if c.chance(0.6) else None)


def sujet_seulement(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    a = staff(c, "fr", "psy")
    b = staff(c, "fr", "ts")
    subj = c.pick(["%s – sortie samedi?" % f.nm(p, "last_first_plain"), "RE: %s" % f.nm(p, "upper"), "%s / lithium" % f.nm(p, "title_last")])
    body = [c.pick(["Je préfère attendre la lithémie de lundi avant d'autoriser la sortie. Elle était à 1,3 vendredi et il y a eu des vomissements.",
                    "Pas de sortie tant que la lithémie n'est pas revenue sous 1,0 (1,4 hier)."]),
            "Lithium suspendu d'ici là.", c.pick(["Peux-tu aviser la famille?", "On en reparle jeudi."]), sig(a, c, "fr", full=False)]
    f.lab()
    f.add("medication")
    return spec(c, "fr", "sujet_seulement", "nom uniquement dans l'objet, résultat dans le corps", (disp(a, c, "fr"), a.email),
                [(disp(b, c, "fr"), b.email)], subj, body, env.date, f=f)


def dossier_seulement(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    a = staff(c, "fr", "pharm")
    b = staff(c, "fr", "psy")
    qtc = c.randint(489, 540)
    body = ["Bonjour,", "Dossier %s (4 Nord, lit %d) : QTc à %d ms sur l'ECG de ce matin, sous %s + %s." %
            (f.mrn(p, c.pick(["plain", "dash", "space", "prefix", "slash", "fw"])), c.randint(401, 428), qtc, f.med(idx=2), f.med(idx=4)),
            "Je suggère de cesser l'halopéridol, K+ %s et Mg à recontrôler, ECG demain." % c.pick(["3,2", "3,4", "3,1"]),
            sig(a, c, "fr")]
    f.lab()
    return spec(c, "fr", "dossier_seulement", "alerte QTc avec numéro de dossier seulement", (disp(a, c, "fr"), a.email),
                [(disp(b, c, "fr"), b.email)], c.pick(["QTc prolongé", "ECG – QTc", "Alerte pharmacie"]), body, env.date, f=f)


def recensement_xlsx(c, env):
    f = F(c, "fr")
    coord = staff(c, "fr", "coord")
    chef = staff(c, "fr", "chef")
    rows = []
    n = c.randint(5, 9)
    for i in range(n):
        if i < 2:
            p = holder_person(env.holder("adult"), "fr", c)
            rows.append(["4N-%02d" % c.randint(1, 28), f.nm(p, "last_first"), f.dob(p, "iso"), p.sex, f.nam(p, c.pick(["plain", "space"])),
                         c.pick(["GP", "GPr", "GA", "AS", "VOL"]), f.dx(), d_fr(plus(env, -c.randint(1, 30)), "iso")])
        else:
            p = c.patient("fr")
            rows.append(["4N-%02d" % c.randint(1, 28), f.nm(p, "last_first"), d_fr(p.dob, "iso"), p.sex, "",
                         c.pick(["GP", "GPr", "GA", "AS", "VOL", "NRC"]), f.dx(), d_fr(plus(env, -c.randint(1, 30)), "iso")])
    f.social()
    data = xlsx_bytes([("Recensement", ["Lit", "Patient", "DDN", "Sexe", "NAM", "Statut légal", "Dx principal", "Admission"], rows),
                       ("Légende", ["Code", "Signification"], [["GP", "garde préventive"], ["GPr", "garde provisoire"], ["GA", "garde autorisée"],
                                                             ["AS", "autorisation de soins"], ["NRC", "non-responsabilité criminelle"], ["VOL", "volontaire"]])])
    fn = "recensement_4N_%s.xlsx" % d_fr(env.date.date(), "iso")
    att = [{"name": fn, "ctype": XLSX, "data": data}]
    body = ["Bonjour,", "Recensement de l'unité en date de ce matin pour la revue des statuts légaux (échéances de garde cette semaine en jaune).",
            sig(coord, c, "fr")]
    return spec(c, "fr", "recensement_xlsx", "recensement de l'unité avec statuts légaux (XLSX)", (disp(coord, c, "fr"), coord.email),
                [(disp(chef, c, "fr"), chef.email)], c.pick(["Recensement 4N", "Statuts légaux – revue hebdo"]), body, env.date,
                attachments=att, f=f)


def consult_liaison(c, env):
    f = F(c, "fr")
    p, h = (holder_person(env.holder("adult"), "fr", c), True) if c.chance(0.5) else (c.patient("fr", 55, 85), False)
    mi = staff(c, "fr", "res", unit="médecine interne 6e")
    psy = staff(c, "fr", "psy", unit="consultation-liaison")
    f.lab()
    body = ["Bonjour,", "Demande de consultation en psychiatrie pour %s, hospitalisé%s en médecine interne (6e, lit %d)." %
            (f.nm(p, c.pick(["title_full", "full", "last_first"])), "e" if p.sex == "F" else "", c.randint(601, 640)),
            (f.ident(p, sep=" | ") if h else "DDN %s – dossier %s" % (f.dob(p), f.mrn(p))),
            "Question : délirium vs décompensation psychotique? Désorienté(e) la nuit, arrache ses solutés, propos de persécution. "
            "Na 128, glycémie 14,2, hémocultures en cours.",
            "Veut quitter contre avis médical – aptitude à refuser les soins à évaluer SVP.",
            sig(mi, c, "fr", full=False)]
    f.add("diagnosis")
    return spec(c, "fr", "consult_liaison", "demande de consultation en psychiatrie", (disp(mi, c, "fr"), mi.email),
                [("Consultation-liaison psychiatrie", "cl.psychiatrie@" + DOM)], c.pick(["Consultation psychiatrie – 6e", "Demande de consult : aptitude"]),
                body, env.date, f=f)


TEMPLATES = [fwd_lit, eml_joint, zip_dossier, note_rapide, sujet_seulement, dossier_seulement, recensement_xlsx, consult_liaison]


def piece_nommee(c, env):
    """Patient named only in the attachment's file name."""
    f = F(c, "fr")
    p = c.patient("fr")
    inf = staff(c, "fr", "inf", unit="4 Sud (soins intensifs psychiatriques)")
    arch = staff(c, "fr", "archiv", unit="Archives médicales")
    d = plus(env, -1)
    hh = c.randint(0, 5)
    f.add("patient_name", "diagnosis")
    f.social()
    f.checks.append(("name", p.surname))
    med = c.pick(["halopéridol 5 mg IM + lorazépam 2 mg IM", "olanzapine 10 mg IM", "loxapine 25 mg IM"])
    f.add("medication")
    lines = ["# Formulaire d'application des mesures de contrôle", "Unité : 4 Sud    Date : %s" % d_fr(d, "iso"),
             "Motif : agitation psychomotrice, coups portés à un préposé, propos persécutoires.",
             "Isolement : %02d:25 à %02d:10    Contention 4 points : %02d:40 à %02d:55" % (hh, hh + 2, hh, hh + 1),
             "Médication d'urgence : %s à %02d:30" % (med, hh),
             "Surveillance : q15 min, signes vitaux stables, hydratation offerte.",
             "Levée : patient calme, collabore. Retour en chambre.",
             "Signature : %s %s, inf." % (inf.given, inf.surname)]
    fn = "MC_%s_%s_%s.pdf" % (d_fr(d, "iso"), p.surname.upper().replace(" ", ""), p.given.replace(" ", ""))
    att = [{"name": fn, "ctype": "application/pdf", "data": pdf_bytes("Mesures de contrôle", lines, compress=c.chance(0.5))}]
    body = ["Bonjour,", "Voici le formulaire numérisé de la nuit dernière pour classement au dossier. L'original suit par courrier interne.",
            ("sig", ["%s %s, inf." % (inf.given, inf.surname), "4 Sud – nuit"])]
    return spec(c, "fr", "piece_nommee", "formulaire de mesures de contrôle, nom dans le nom du fichier", (disp(inf, c, "fr"), inf.email),
                [(disp(arch, c, "fr"), arch.email)], c.pick(["Formulaire MC – nuit du %s" % d_fr(d, "iso"), "Numérisation pour classement"]),
                body, env.date, attachments=att, f=f)


TEMPLATES.append(piece_nommee)
