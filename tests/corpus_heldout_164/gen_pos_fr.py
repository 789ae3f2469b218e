"""French-Canadian confidential messages (positives), part 1."""
import datetime as _dt

import gen_helpers as H
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard, make_zip
from gen_clin import DX, CHILD_DX, dx_text, dx_meds, med_text, lab_for, SYMPTOMS_FR, SOCIAL_FR
from gen_common import (Mail, Att, DOM, DOM_CRISE, DOM_HOSP, DOM_GMF, DOM_PHARM, DOM_DPJ, DOM_SOL, DOM_INS,
                        DOM_FR, DOM_BE, DOM_ON, DOM_SHELTER, CLINIC_FR, CRISIS_FR, make_sin, make_nir, make_niss,
                        make_ohip, day_text, hm, age_on, fmt_date, phone)


def A(s, lang="fr"):
    return (s.title(lang), s.email)


def _dx(c, child=False):
    return c.pick(CHILD_DX if child else list(DX))


def referral(c):
    m = Mail("reference", "fr")
    rng = c.rng
    md = c.staff("md", dom=DOM_GMF)
    p = c.patient(nam=rng.random() < 0.8)
    dx = _dx(c)
    meds = [med_text(k, "fr", rng) for k in dx_meds(dx)[:rng.randint(1, 2)]]
    H.add(m, "diagnosis", "medication")
    if p.nam:
        i = H.nam_full(m, p, rng)
        idblock = ("kv", [("Patient", i["name"]), ("DDN", i["dob"]), ("Sexe", i["sex"]), ("NAM", i["nam"])])
    else:
        idblock = ("kv", [("Patient", H.name(m, p, rng=rng)), ("DDN", H.dob(m, p, rng)), ("Tél.", H.contact(m, p))])
    urg = rng.choice(["P2 (semi-urgent, < 30 jours)", "P3 (< 90 jours)", "P1 (urgent, < 7 jours)"])
    reason = [f"Dx : {dx_text(dx, 'fr')}.",
              f"Rx actuelle : {'; '.join(meds)}.",
              rng.choice(["Réponse partielle après 2 essais d'antidépresseurs à dose adéquate.",
                          "Détérioration depuis l'automne, arrêt de travail depuis 6 semaines.",
                          "Demande d'avis diagnostique et d'ajustement pharmacologique.",
                          "Suivi psychiatrique demandé suite à une visite à l'urgence le mois dernier."])]
    m.subject = rng.choice(["Demande de consultation en psychiatrie", "Référence CESM — " + urg.split(" ")[0],
                            "Consultation psychiatrie adulte", "Réf. clinique externe"])
    if rng.random() < 0.45:
        pdf = make_pdf("Demande de consultation — psychiatrie adulte",
                       [idblock, ("kv", [("Priorité", urg), ("Médecin référent", md.title("fr"))]),
                        "Motif de la consultation :", "\n".join(reason)], author=md.full)
        m.attachments.append(Att(f"consult_psy_{p.surname}.pdf", "application/pdf", pdf))
        m.blocks = ["Bonjour,", "Vous trouverez ci-joint une demande de consultation pour une patiente de notre GMF "
                    "(formulaire AH-XXX numérisé). Merci de nous aviser de la date de RV." if p.sex == "F" else
                    "Vous trouverez ci-joint une demande de consultation pour un patient de notre GMF. "
                    "Merci de nous aviser de la date de RV.",
                    ("sig", f"{md.title('fr')}\nGMF des Érables\n2020, rue Laviolette, Vallon\n450-555-01{rng.randint(10, 30)}")]
    else:
        m.blocks = ["Bonjour à l'équipe de l'accueil-triage,", f"Je vous réfère la personne suivante, priorité {urg}.",
                    idblock, "\n".join(reason),
                    "N'hésitez pas à me contacter au besoin.", ("sig", f"{md.title('fr')}\nGMF des Érables\n450-555-01{rng.randint(10, 30)}")]
    m.sender = A(md)
    m.to = [("Accueil-triage CESM", f"accueil.triage@{DOM}")]
    m.note = "référence MD de famille vers psychiatrie"
    return m


def crisis_followup(c):
    m = Mail("suivi_crise", "fr")
    rng = c.rng
    w = c.staff("crise", dom=DOM_CRISE)
    ts = c.staff("ts")
    p = c.patient(nam=rng.random() < 0.5)
    sym = rng.choice(SYMPTOMS_FR)
    soc = rng.choice(SOCIAL_FR)
    H.add(m, "diagnosis", "social_information")
    when = c.earlier(1, 3)
    if p.nam:
        i = H.nam_full(m, p, rng)
        who = f"{i['name']} ({i['sex']}), DDN {i['dob']}, NAM {i['nam']}"
    else:
        who = H.name(m, p, rng=rng)
    adr = H.contact(m, p, "address")
    lines = [f"Intervention à domicile le {day_text(when, 'fr')} vers {hm(rng.randint(19, 23), rng.choice([5, 20, 40]), 'fr')} "
             f"chez {who}, {adr}.",
             f"Motif de l'appel : la sœur nous a contactés, inquiète. À l'évaluation : {sym}.",
             f"Contexte : {soc}.",
             rng.choice(["Plan de sécurité complété avec la personne; médicaments remis à la sœur.",
                         "Refus de transport vers l'urgence; pas de critères P-38 à ce moment.",
                         "Transport à l'urgence de Saint-Ambroise, vu par le psychiatre de garde."]),
             f"Prochain contact téléphonique prévu {day_text(c.later(1, 3), 'fr')} ({H.contact(m, p)})."]
    m.blocks = [f"Bonjour {ts.given},", "Pour le suivi post-crise (72 h) :"] + lines + [
        f"Peux-tu voir si {'elle peut être priorisée' if p.sex == 'F' else 'il peut être priorisé'} à l'accueil? Merci.", ("sig", c.sig(w, crisis=True))]
    m.subject = rng.choice(["Suivi post-crise 72 h", "Intervention hier soir — à prioriser",
                            f"Suivi crise {when.strftime('%d/%m')}", "EIC → CESM : transfert de suivi"])
    m.sender = A(w)
    m.to = [A(ts)]
    m.cc = [("Équipe de crise", f"equipe@{DOM_CRISE}")] if rng.random() < 0.5 else []
    m.note = "suivi post-crise transmis à la clinique"
    return m


def census(c):
    m = Mail("releve_suivis", "fr")
    rng = c.rng
    w = c.staff("inf", dom=DOM_CRISE)
    rows = []
    H.add(m, "diagnosis")
    for k in range(rng.randint(5, 8)):
        p = c.patient()
        st = rng.choice(["init", "sur_init", "caps", "title_sur", "full"])
        dx = _dx(c)
        rows.append([H.name(m, p, st, rng), str(age_on(p.dob, c.date.date())),
                     dx_text(dx, "fr", short=True), rng.choice(["appel J+1", "visite à dom. 14 h", "RV CESM mardi",
                                                                  "relance pharmacie", "fermeture prévue", "réévaluer risque"]),
                     H.contact(m, p) if rng.random() < 0.5 else ""])
    hdr = ["Personne", "Âge", "Problème", "Prochaine action", "Tél."]
    intro = f"Relève de {rng.choice(['jour', 'soir', 'nuit'])} — suivis actifs au {day_text(c.date.date(), 'fr')}"
    if rng.random() < 0.5:
        x = make_xlsx([("Suivis actifs", hdr, rows)], author=w.full)
        m.attachments.append(Att(f"releve_{c.date.strftime('%Y%m%d')}.xlsx",
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
        m.blocks = ["Bonjour,", intro + " en pièce jointe.", "Attention particulière à la 3e ligne (risque élevé).",
                    ("sig", c.sig(w, crisis=True))]
    else:
        m.blocks = [intro, ("table", hdr, rows), "Bonne relève!", ("sig", c.sig(w, crisis=True))]
    m.subject = rng.choice(["Relève équipe de crise", "Liste des suivis actifs", "Relève " + c.date.strftime("%d-%m")])
    m.sender = A(w)
    m.to = [("Équipe de crise", f"equipe@{DOM_CRISE}")]
    m.note = "liste de relève des suivis de crise"
    return m


def pharmacy(c):
    m = Mail("ordonnance", "fr")
    rng = c.rng
    dr = c.staff("psychiatre")
    p = c.patient(nam=rng.random() < 0.6)
    dx = _dx(c)
    med = rng.choice(dx_meds(dx))
    H.add(m, "medication")
    if p.nam:
        i = H.nam_full(m, p, rng)
        ident = [("Patient(e)", i["name"]), ("Date de naissance", i["dob"]), ("Sexe", i["sex"]), ("NAM", i["nam"])]
    else:
        ident = [("Patient(e)", H.name(m, p, rng=rng)), ("DDN", H.dob(m, p, rng)), ("Adresse", H.contact(m, p, "address"))]
    rx = [("Rx", med_text(med, "fr", rng)), ("Qté", f"{rng.choice([30, 60, 90])} jours, {rng.randint(1, 5)} renouvellements"),
          ("Note", rng.choice(["Ne pas remettre plus de 7 jours à la fois (risque suicidaire).",
                               "Service en pilulier hebdomadaire svp.",
                               "Cesser l'ancienne teneur.", "Substitution permise."]))]
    if rng.random() < 0.5:
        pdf = make_pdf("Ordonnance", [("kv", ident), ("kv", rx), f"{dr.title('fr')} — permis {rng.randint(10000, 99999)}"],
                       author=dr.full)
        m.attachments.append(Att(f"Rx_{c.date.strftime('%Y-%m-%d')}.pdf", "application/pdf", pdf))
        m.blocks = ["Bonjour,", "Ordonnance ci-jointe, l'original suit par télécopieur.", ("sig", c.sig(dr))]
    else:
        m.blocks = ["Bonjour,", "Voici une nouvelle ordonnance :", ("kv", ident), ("kv", rx), ("sig", c.sig(dr))]
    m.subject = rng.choice(["Ordonnance", "Nouvelle Rx", "Renouvellement", "Rx — ajustement de dose"])
    m.sender = A(dr)
    m.to = [("Pharmacie", f"labo.rx@{rng.choice(DOM_PHARM)}")]
    m.note = "ordonnance transmise à une pharmacie"
    m.force["rfc2231"] = rng.random() < 0.5
    return m


def lab_followup(c):
    m = Mail("resultats_labo", "fr")
    rng = c.rng
    inf = c.staff("inf")
    dr = c.staff("psychiatre")
    p = c.patient()
    med = rng.choice(["lithium", "clozapine", "divalproex", "olanzapine", "quetiapine", "naltrexone"])
    labfr, _ = lab_for(med, rng)
    H.add(m, "lab_result", "medication")
    ident = H.mrn(m, p, rng)
    who = H.name(m, p, rng.choice(["init", "title_sur", "caps", "full"]), rng) if rng.random() < 0.7 else None
    body = [f"Bonjour Dr{'e' if dr.sex == 'F' else ''} {dr.surname},",
            f"Résultats reçus ce matin pour {who + ', ' if who else ''}dossier {ident} ({med_text(med, 'fr', rng)}) :",
            ("pre", labfr),
            rng.choice(["Je le/la rappelle pour reprendre la prise de sang dans 1 semaine?",
                        "Dois-je suspendre la dose de ce soir en attendant ton avis?",
                        "Pas de symptômes rapportés au téléphone. Je fais quoi?"]),
            ("sig", c.sig(inf))]
    m.blocks = body
    m.subject = rng.choice(["Résultats labo", f"Labo dossier {ident}", "Résultat à valider", "Bilan sanguin — à revoir"])
    if rng.random() < 0.4:
        m.headers.append(("Importance", "High"))
    m.sender = A(inf)
    m.to = [A(dr)]
    m.note = "résultats de laboratoire à valider"
    return m


def youth_protection(c):
    m = Mail("dpj", "fr")
    rng = c.rng
    ts = c.staff("ts")
    p = c.patient(nam=True, child=True)
    dx = _dx(c, child=True)
    H.add(m, "social_information", "diagnosis")
    if p.nam:
        i = H.nam_full(m, p, rng)
    else:
        i = dict(name=H.name(m, p, rng.choice(["caps", "full"]), rng), dob=H.dob(m, p, rng), sex=p.sex,
                 nam="(en attente de la carte)")
    parent = c.patient(lang="fr")
    parent.surname = p.surname
    m.evidence.append(p.surname)
    reason = rng.choice(["exposition à la violence conjugale rapportée par l'enfant en rencontre",
                         "négligence sur le plan de la santé : médication non renouvelée depuis 2 mois, absences scolaires répétées",
                         "propos de l'adolescent(e) concernant des gestes de la part du conjoint de la mère"])
    m.blocks = [rng.choice(["Bonjour Mme l'intervenante,", "Bonjour,"]),
                "Suite à notre échange téléphonique, je vous transmets les informations concernant l'enfant suivi(e) "
                "en pédopsychiatrie à notre clinique :",
                ("kv", [("Nom", i["name"]), ("Date de naissance", i["dob"]), ("Sexe", i["sex"]), ("NAM", i["nam"]),
                        ("Diagnostic", dx_text(dx, "fr")),
                        ("Parent", f"{parent.given} {parent.surname} ({'mère' if parent.sex == 'F' else 'père'})")]),
                f"Motif : {reason}.",
                "Le signalement a été retenu selon votre courriel du " + fmt_date(c.earlier(2, 9), "fr", "long") + ". "
                "Je demeure disponible pour la rencontre multidisciplinaire.",
                ("sig", c.sig(ts))]
    m.subject = rng.choice(["Signalement — suivi", "Collaboration DPJ", "Information demandée — signalement retenu"])
    m.sender = A(ts)
    m.to = [("Réception des signalements", f"rts@{DOM_DPJ}")]
    m.note = "collaboration avec la protection de la jeunesse"
    return m


def forward_thread(c):
    m = Mail("transfert_fil", "fr")
    rng = c.rng
    psy = c.staff("psychologue")
    ts = c.staff("ts")
    chef = c.staff("chef")
    p = c.patient()
    dx = _dx(c)
    soc = rng.choice(SOCIAL_FR)
    H.add(m, "diagnosis", "social_information")
    nm = H.name(m, p, rng.choice(["title", "full", "caps", "title_sur"]), rng)
    d0 = c.earlier(1, 4)
    orig = [f"Salut {ts.given},",
            f"Je vois {nm} en thérapie depuis septembre ({dx_text(dx, 'fr', short=rng.random() < 0.5)}). "
            f"J'apprends aujourd'hui : {soc}.",
            f"Aurais-tu de la place pour une évaluation psychosociale rapide? {'Elle' if p.sex == 'F' else 'Il'} est d'accord pour qu'on t'implique.",
            psy.full]
    m.blocks = [f"{chef.given}, pour info — on en parle à la rencontre d'équipe de jeudi.",
                ts.given,
                ("fwd", [rng.choice(["-------- Message transféré --------", "---------- Forwarded message ---------",
                                     "Début du message réexpédié :"]),
                         f"De : {psy.full} <{psy.email}>", f"Date : {day_text(d0, 'fr')} {d0.year}",
                         f"À : {ts.full} <{ts.email}>", f"Objet : demande éval psychosociale"], orig)]
    m.subject = rng.choice(["TR: demande éval psychosociale", "Tr : demande éval psychosociale", "FW: demande éval psychosociale"])
    m.sender = A(ts)
    m.to = [A(chef)]
    m.note = "fil transféré entre psychologue et travailleur social"
    return m


def subject_only(c):
    m = Mail("objet_nom", "fr")
    rng = c.rng
    dr = c.staff("psychiatre")
    inf = c.staff("inf")
    p = c.patient()
    med = rng.choice(["lithium", "clozapine", "divalproex", "quetiapine", "paliperidone"])
    labfr, _ = lab_for(med, rng)
    H.add(m, "medication", "lab_result")
    nm = H.name(m, p, rng.choice(["title_sur", "title", "caps", "sur_init"]), rng)
    m.subject = rng.choice([f"{nm} — ajustement {med}", f"Re: {nm}", f"{nm} : suite labo", f"Suivi {nm}"])
    m.blocks = ["Bonjour,", f"Résultats d'hier : {labfr}.",
                f"On change pour {med_text(med, 'fr', rng)} à partir de ce soir; contrôle dans 5 à 7 jours.",
                "Peux-tu l'aviser et faire la requête? Merci", dr.given]
    m.sender = A(dr)
    m.to = [A(inf)]
    m.note = "ajustement de médication, nom seulement dans l'objet"
    return m


def filename_only(c):
    m = Mail("piece_jointe_nom", "fr")
    rng = c.rng
    w = c.staff(rng.choice(["crise", "psychologue", "ts"]), dom=rng.choice([DOM, DOM_CRISE]))
    p = c.patient()
    H.add(m, "patient_name", "diagnosis")
    m.evidence.append(p.surname)
    fn = rng.choice([f"Plan_de_securite_{p.surname.upper()}_{p.given}.pdf", f"plan sécurité {p.surname} {p.given[0]}.pdf",
                     f"{p.surname}_{p.given}_plan_securite_{c.date.strftime('%Y%m%d')}.pdf"])
    pdf = make_pdf("Plan de sécurité", [
        ("h", "1. Signes précurseurs"), "Insomnie, isolement, idées de mort plus fréquentes le soir, augmentation de l'alcool.",
        ("h", "2. Stratégies personnelles"), "Marcher avec le chien, douche chaude, appeler sa sœur.",
        ("h", "3. Personnes et lieux"), "Sœur (cellulaire), café communautaire du quartier.",
        ("h", "4. Professionnels"), "Ligne de crise 24/7 : 1-866-555-0123; urgence Saint-Ambroise.",
        ("h", "5. Sécurisation du milieu"), "Médicaments remis à la pharmacie; dispensation hebdomadaire.",
        "Révisé suite aux idéations suicidaires avec plan de la semaine dernière."], author=w.full)
    m.attachments.append(Att(fn, "application/pdf", pdf))
    m.blocks = [rng.choice(["Bonjour,", "Salut,"]), "Voici le plan de sécurité révisé hier, à numériser au dossier svp.",
                "Merci!", ("sig", c.sig(w, crisis=w.email.endswith(DOM_CRISE)))]
    m.subject = rng.choice(["Plan de sécurité à numériser", "Document au dossier", "Numérisation svp"])
    m.sender = A(w)
    m.to = [("Archives médicales", f"archives@{DOM}")]
    m.note = "plan de sécurité, nom seulement dans le nom du fichier"
    m.force["rfc2231"] = True
    return m


def appointment_ics(c):
    m = Mail("rendez_vous", "fr")
    rng = c.rng
    adj = c.staff("adjointe")
    dr = c.staff(rng.choice(["psychiatre", "psychologue"]))
    p = c.patient(nam=rng.random() < 0.6)
    dx = _dx(c)
    H.add(m, "diagnosis")
    if p.nam:
        i = H.nam_full(m, p, rng, style=rng.choice(["caps", "last_first"]))
        who = f"{i['name']} — NAM {i['nam']} — DDN {i['dob']} ({i['sex']})"
        summ = f"Éval. psychiatrique — {i['name']}"
    else:
        nm = H.name(m, p, rng.choice(["caps", "last_first", "full"]), rng)
        who = f"{nm} — tél. {H.contact(m, p)}"
        summ = f"Suivi — {nm}"
    day = c.later(3, 20)
    st = _dt.datetime.combine(day, _dt.time(rng.choice([8, 9, 10, 13, 14, 15]), rng.choice([0, 30])))
    desc = f"{who}\nMotif : {dx_text(dx, 'fr')} — {rng.choice(['réévaluation', 'première rencontre', 'suivi post-hospitalisation'])}"
    ics = make_ics(f"rv-{c.date.strftime('%Y%m%d%H%M%S')}@{DOM}", st, st + _dt.timedelta(minutes=60), summ, desc,
                   f"Bureau {rng.randint(201, 230)}, {CLINIC_FR}", (adj.full, adj.email), [(dr.full, dr.email)])
    m.attachments.append(Att("invite.ics", "text/calendar; method=REQUEST; charset=\"utf-8\"", ics, text=True))
    m.blocks = [f"Bonjour {dr.title('fr')},", f"Je vous ai inscrit ce rendez-vous le {day_text(day, 'fr')}.",
                rng.choice(["Le dossier papier est dans votre casier.", "La personne a confirmé par téléphone.", ""]),
                ("sig", c.sig(adj))]
    m.subject = rng.choice(["Nouveau RV à votre agenda", "Invitation : " + summ, "RV ajouté"])
    m.sender = A(adj)
    m.to = [A(dr)]
    m.note = "invitation calendrier pour un rendez-vous patient"
    return m


def income_support(c):
    m = Mail("solidarite_sociale", "fr")
    rng = c.rng
    ts = c.staff("ts")
    p = c.patient(nam=rng.random() < 0.6)
    dx = _dx(c)
    sn = make_sin(rng)
    H.add(m, "diagnosis", "social_information")
    if p.nam:
        i = H.nam_full(m, p, rng)
        kv = [("Nom", i["name"]), ("Date de naissance", i["dob"]), ("Sexe", i["sex"]), ("NAM", i["nam"])]
    else:
        kv = [("Nom", H.name(m, p, rng.choice(["caps", "full", "last_first"]), rng)), ("Date de naissance", H.dob(m, p, rng))]
    kv += [("NAS", H.sin(m, sn, rng)), ("Adresse", H.contact(m, p, "address"))]
    rep = [("kv", kv), ("h", "Rapport médical — contraintes sévères à l'emploi"),
           f"Diagnostic principal : {dx_text(dx, 'fr')}.",
           "Limitations : incapacité à maintenir un horaire régulier, hospitalisations répétées (3 en 24 mois).",
           "Pronostic : contraintes prévues pour plus de 12 mois.",
           "Situation : prestataire d'aide sociale, vit seul(e), revenu insuffisant pour le loyer."]
    if rng.random() < 0.5:
        data = make_docx("Demande — programme de solidarité sociale", rep, author=ts.full)
        m.attachments.append(Att(f"SR-2100_{p.surname}.docx",
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data))
    else:
        data = make_pdf("Demande — programme de solidarité sociale", rep, author=ts.full)
        m.attachments.append(Att(f"rapport_medical_{p.surname}_{p.given}.pdf", "application/pdf", data))
    m.blocks = ["Bonjour,", "Tel que convenu, voici le rapport médical complété et signé par le psychiatre traitant "
                "pour la demande de contraintes sévères.", "Cordialement,", ("sig", c.sig(ts))]
    m.subject = rng.choice(["Rapport médical — contraintes sévères", "Demande solidarité sociale", "Documents demandés"])
    m.sender = A(ts)
    m.to = [("Centre local d'emploi", f"cle.vallon@{DOM_SOL}")]
    m.note = "rapport médical pour le programme de solidarité sociale"
    return m


FR_POS_A = [referral, crisis_followup, census, pharmacy, lab_followup, youth_protection, forward_thread,
            subject_only, filename_only, appointment_ics, income_support]
