package dev.graph2doc.store.mongo;

import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/** Which MongoDB failures are worth an immediate retry: the server moved, restarted or was briefly unreachable. */
public final class MongoFailures {

    private MongoFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return failure instanceof MongoSocketException || failure instanceof MongoTimeoutException
                || failure instanceof MongoNotPrimaryException || failure instanceof MongoNodeIsRecoveringException
                || failure instanceof MongoExecutionTimeoutException
                || failure instanceof MongoException e && e.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
    }
}
